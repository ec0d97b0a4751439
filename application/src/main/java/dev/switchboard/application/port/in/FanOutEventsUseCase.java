package dev.switchboard.application.port.in;

/**
 * The first webhook worker step: takes a batch of new events from the outbox and, in the same transaction, creates
 * one delivery for every webhook that wants each event and marks the events processed.
 */
public interface FanOutEventsUseCase {

  /** Works one batch; returns how many events it took, 0 when there were none. */
  int fanOut();
}
