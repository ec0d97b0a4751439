package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Channels in a map. Credentials stay in clear text in memory (nothing is at rest); the one-default-per-platform
 * rule is checked like the database's unique constraint.
 */
public final class InMemoryChannelConnectionRepository implements ChannelConnectionRepository {

  private final Map<UUID, RegisteredChannel> channels = new ConcurrentHashMap<>();
  private final InMemoryTransactions transactions;

  public InMemoryChannelConnectionRepository(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void insert(RegisteredChannel channel) {
    UUID key = channel.id().value();
    transactions.write(() -> {
      if (channels.containsKey(key)) {
        throw new DuplicateKeyException("channel " + channel.id() + " exists");
      }
      checkSingleDefault(channel);
      channels.put(key, channel);
    }, () -> channels.remove(key));
  }

  @Override
  public void update(RegisteredChannel channel) {
    UUID key = channel.id().value();
    RegisteredChannel previous = channels.get(key);
    if (previous != null && previous.connection().organizationId().equals(channel.connection().organizationId())) {
      transactions.write(() -> {
        checkSingleDefault(channel);
        channels.put(key, channel);
      }, () -> channels.put(key, previous));
    }
  }

  @Override
  public boolean delete(OrganizationId organization, ConnectionId id) {
    Optional<RegisteredChannel> previous = findById(organization, id);
    previous.ifPresent(channel -> transactions.write(
        () -> channels.remove(id.value()), () -> channels.put(id.value(), channel)));
    return previous.isPresent();
  }

  @Override
  public Optional<RegisteredChannel> findById(OrganizationId organization, ConnectionId id) {
    return findForCallback(id).filter(channel -> channel.connection().organizationId().equals(organization));
  }

  @Override
  public Optional<RegisteredChannel> findForCallback(ConnectionId id) {
    return Optional.ofNullable(channels.get(id.value()));
  }

  @Override
  public List<RegisteredChannel> list(OrganizationId organization) {
    return channels.values().stream()
        .filter(channel -> channel.connection().organizationId().equals(organization))
        .sorted(Comparator.comparing((RegisteredChannel channel) -> channel.connection().createdAt())
            .thenComparing(channel -> channel.id().value()))
        .toList();
  }

  @Override
  public Optional<RegisteredChannel> findDefault(OrganizationId organization, Channel platform) {
    return list(organization).stream()
        .filter(channel -> channel.isDefault() && channel.connection().platform() == platform)
        .findFirst();
  }

  private void checkSingleDefault(RegisteredChannel channel) {
    if (!channel.isDefault()) {
      return;
    }
    var connection = channel.connection();
    findDefault(connection.organizationId(), connection.platform())
        .filter(other -> !other.id().equals(channel.id()))
        .ifPresent(other -> {
          throw new DuplicateKeyException("organization " + connection.organizationId() + " has a default "
              + connection.platform().wireName() + " channel already");
        });
  }
}
