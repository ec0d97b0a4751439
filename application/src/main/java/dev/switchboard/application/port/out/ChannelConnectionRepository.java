package dev.switchboard.application.port.out;

import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/**
 * The channels (provider connections) organizations registered. Credentials are stored so that they can be read back
 * for sending, but never in clear text (the database adapter encrypts them). At most one channel per (organization,
 * platform) is the default: {@link #insert} and {@link #update} throw {@link DuplicateKeyException} when a second
 * one would be. Calls join the surrounding transaction.
 */
public interface ChannelConnectionRepository {

  void insert(RegisteredChannel channel);

  void update(RegisteredChannel channel);

  /** Whether a channel of the organization with that id existed and is gone now. */
  boolean delete(OrganizationId organization, ConnectionId id);

  Optional<RegisteredChannel> findById(OrganizationId organization, ConnectionId id);

  /**
   * A channel by id alone, for provider callbacks: their URL names only the channel, and the organization is the one
   * the stored channel belongs to. The only lookup not scoped by organization.
   */
  Optional<RegisteredChannel> findForCallback(ConnectionId id);

  /** The organization's channels, oldest first. */
  List<RegisteredChannel> list(OrganizationId organization);

  /** The channel threads of {@code platform} send through, if the organization has one. */
  Optional<RegisteredChannel> findDefault(OrganizationId organization, Channel platform);
}
