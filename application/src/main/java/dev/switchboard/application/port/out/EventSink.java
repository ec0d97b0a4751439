package dev.switchboard.application.port.out;

/**
 * Where use cases record what changed. Called inside the use case's transaction, so a change and its event commit
 * together (the transactional outbox); webhooks read the events from there.
 */
@FunctionalInterface
public interface EventSink {
  void record(ChangeEvent event);
}
