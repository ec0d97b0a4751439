package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.port.out.OrganizationRepository;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.OrganizationFields;
import dev.switchboard.application.query.Page;
import dev.switchboard.domain.organization.Organization;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Organizations in a map. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {

  private final Map<UUID, Organization> organizations = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryOrganizationRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Organization> findById(OrganizationId id) {
    return Optional.ofNullable(organizations.get(id.value()));
  }

  @Override
  public Optional<Organization> findByIdForUpdate(OrganizationId id) {
    return findById(id);
  }

  @Override
  public Optional<Organization> findOldest() {
    return organizations.values().stream()
        .min(Comparator.comparing(Organization::createdAt).thenComparing(organization -> organization.id().value()));
  }

  @Override
  public void insert(Organization organization) {
    UUID key = organization.id().value();
    transactions.write(() -> {
      if (organizations.containsKey(key)) {
        throw new DuplicateKeyException("organization " + organization.id() + " exists");
      }
      organizations.put(key, organization);
    }, () -> organizations.remove(key));
  }

  @Override
  public void update(Organization organization) {
    UUID key = organization.id().value();
    Organization previous = organizations.get(key);
    if (previous != null) {
      transactions.write(() -> organizations.put(key, organization), () -> organizations.put(key, previous));
    }
  }

  @Override
  public void delete(OrganizationId id) {
    findById(id).ifPresent(previous -> transactions.write(
        () -> organizations.remove(id.value()), () -> organizations.put(id.value(), previous)));
  }

  @Override
  public Page<Organization> list(ListQuery<Organization> query) {
    return InMemoryListing.page(organizations.values(), query, OrganizationFields.ID);
  }
}
