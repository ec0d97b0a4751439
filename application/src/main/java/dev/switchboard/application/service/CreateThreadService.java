package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import java.time.Instant;

final class CreateThreadService implements CreateThreadUseCase {

  private final Ports ports;
  private final Events events;

  CreateThreadService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public Result create(Command command) {
    return switch (Identifier.parse(command.channel(), command.identifier())) {
      case Validated.Invalid<Identifier> invalid -> new Result.InvalidIdentifier(invalid.violation());
      case Validated.Valid<Identifier> valid -> create(command, valid.value());
    };
  }

  private Result create(Command command, Identifier identifier) {
    try {
      return ports.transactions().inTransaction(() -> {
        var existing = ports.threads().findByIdentifier(command.organizationId(), command.channel(), identifier);
        if (existing.isPresent()) {
          return new Result.IdentifierTaken(existing.get().id());
        }
        Instant now = ports.clock().instant();
        MessageThread started = MessageThread.start(
            new ThreadId(ports.ids().nextId()),
            command.organizationId(),
            command.channel(),
            identifier,
            command.chatbotPaused(),
            now);
        MessageThread thread = command.candidateId()
            .map(candidate -> ((MessageThread.CandidateAssignment.Assigned) started.assignCandidate(candidate, now)).thread())
            .orElse(started);
        ports.threads().insert(thread);
        events.created(thread, now);
        return new Result.Created(thread);
      });
    } catch (DuplicateKeyException raced) {
      // Another request created the same thread between our check and our insert.
      return ports.threads()
          .findByIdentifier(command.organizationId(), command.channel(), identifier)
          .<Result>map(winner -> new Result.IdentifierTaken(winner.id()))
          .orElseThrow(() -> raced);
    }
  }
}
