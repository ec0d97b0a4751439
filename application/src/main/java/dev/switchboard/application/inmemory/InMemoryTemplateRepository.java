package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.Page;
import dev.switchboard.application.query.TemplateFields;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.template.TemplateId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Templates in a map; (organization, name, language) is unique. */
public final class InMemoryTemplateRepository implements MessageTemplateRepository {

  private final Map<UUID, MessageTemplate> templates = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryTemplateRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<MessageTemplate> findById(OrganizationId organization, TemplateId id) {
    return Optional.ofNullable(templates.get(id.value()))
        .filter(template -> template.organizationId().equals(organization));
  }

  @Override
  public void insert(MessageTemplate template) {
    transactions.write(() -> {
      boolean taken = templates.containsKey(template.id().value())
          || templates.values().stream().anyMatch(other -> other.organizationId().equals(template.organizationId())
              && other.name().equals(template.name())
              && other.language().equals(template.language()));
      if (taken) {
        throw new DuplicateKeyException("template " + template.name() + "/" + template.language() + " exists");
      }
      templates.put(template.id().value(), template);
    }, () -> templates.remove(template.id().value()));
  }

  @Override
  public void delete(OrganizationId organization, TemplateId id) {
    findById(organization, id).ifPresent(previous -> transactions.write(
        () -> templates.remove(id.value()), () -> templates.put(id.value(), previous)));
  }

  @Override
  public Page<MessageTemplate> list(OrganizationId organization, ListQuery<MessageTemplate> query) {
    return InMemoryListing.page(
        templates.values().stream().filter(template -> template.organizationId().equals(organization)).toList(),
        query,
        TemplateFields.ID);
  }
}
