package dev.switchboard.domain.connection;

import java.util.Objects;

/**
 * A connection as an organization registered it, and whether it is the organization's default for its platform: a
 * thread sends through the default channel of its platform. At most one channel per (organization, platform) is the
 * default; storage enforces it.
 */
public record RegisteredChannel(ChannelConnection connection, boolean isDefault) {

  public RegisteredChannel {
    Objects.requireNonNull(connection, "connection");
  }

  public ConnectionId id() {
    return connection.id();
  }

  public RegisteredChannel asDefault(boolean makeDefault) {
    return makeDefault == isDefault ? this : new RegisteredChannel(connection, makeDefault);
  }

  public RegisteredChannel withConnection(ChannelConnection changed) {
    return new RegisteredChannel(changed, isDefault);
  }

  /** This channel with its credential values replaced (see {@link ChannelConnection#withoutSecrets()}). */
  public RegisteredChannel withoutSecrets() {
    ChannelConnection redacted = connection.withoutSecrets();
    return redacted == connection ? this : new RegisteredChannel(redacted, isDefault);
  }
}
