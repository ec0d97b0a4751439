package dev.switchboard.application.service;

import dev.switchboard.application.port.in.UpdateThreadUseCase;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.channel.Identifier;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.Optional;

final class UpdateThreadService implements UpdateThreadUseCase {

  private final Ports ports;
  private final Events events;

  UpdateThreadService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public Result update(Command command) {
    try {
      return ports.transactions().inTransaction(() -> ports.threads()
          .findByIdForUpdate(command.organizationId(), command.threadId())
          .map(current -> apply(command, current))
          .orElseGet(Result.NotFound::new));
    } catch (DuplicateKeyException raced) {
      return identifierTakenBy(command, raced);
    }
  }

  private Result apply(Command command, MessageThread current) {
    Instant now = ports.clock().instant();
    MessageThread changed = current;
    if (command.identifier().isPresent()) {
      switch (Identifier.parse(current.channel(), command.identifier().get())) {
        case Validated.Invalid<Identifier> invalid -> {
          return new Result.InvalidIdentifier(invalid.violation());
        }
        case Validated.Valid<Identifier> valid -> {
          Optional<MessageThread> holder =
              ports.threads().findByIdentifier(current.organizationId(), current.channel(), valid.value());
          if (holder.isPresent() && !holder.get().id().equals(current.id())) {
            return new Result.IdentifierTaken(holder.get().id());
          }
          changed = changed.withIdentifier(valid.value(), now);
        }
      }
    }
    if (command.chatbotPaused().isPresent()) {
      changed = changed.withChatbotPaused(command.chatbotPaused().get(), now);
    }
    if (command.candidateId().isPresent()) {
      switch (changed.assignCandidate(command.candidateId().get(), now)) {
        case MessageThread.CandidateAssignment.AlreadyAssigned taken -> {
          return new Result.CandidateAlreadyAssigned(taken.existing());
        }
        case MessageThread.CandidateAssignment.Assigned assigned -> changed = assigned.thread();
      }
    }
    if (!changed.equals(current)) {
      ports.threads().update(changed);
      events.updated(current, changed, now);
    }
    return new Result.Updated(changed);
  }

  private Result identifierTakenBy(Command command, DuplicateKeyException raced) {
    MessageThread current = ports.threads()
        .findById(command.organizationId(), command.threadId())
        .orElseThrow(() -> raced);
    Identifier wanted = Identifier.parse(current.channel(), command.identifier().orElseThrow(() -> raced)).orElseThrow();
    return ports.threads()
        .findByIdentifier(command.organizationId(), current.channel(), wanted)
        .<Result>map(holder -> new Result.IdentifierTaken(holder.id()))
        .orElseThrow(() -> raced);
  }
}
