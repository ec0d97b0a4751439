package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateTemplateUseCase;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.Validated;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import java.time.Instant;

final class CreateTemplateService implements CreateTemplateUseCase {

  private final Ports ports;
  private final Events events;

  CreateTemplateService(Ports ports) {
    this.ports = ports;
    this.events = new Events(ports.events());
  }

  @Override
  public Result create(Command command) {
    Instant now = ports.clock().instant();
    Validated<MessageTemplate> template = MessageTemplate.create(
        new TemplateId(ports.ids().nextId()),
        command.organizationId(),
        command.name(),
        command.language(),
        command.category(),
        command.components(),
        command.status(),
        now);
    return switch (template) {
      case Validated.Invalid<MessageTemplate> invalid -> new Result.Rejected(invalid.violation());
      case Validated.Valid<MessageTemplate> valid -> store(valid.value(), now);
    };
  }

  private Result store(MessageTemplate template, Instant now) {
    try {
      return ports.transactions().inTransaction(() -> {
        ports.templates().insert(template);
        events.created(template, now);
        return new Result.Created(template);
      });
    } catch (DuplicateKeyException taken) {
      return new Result.NameTaken();
    }
  }
}
