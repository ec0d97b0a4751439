package dev.switchboard.application.port.out;

import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.connection.ChannelConnection;

/**
 * Talks to one provider on behalf of a {@link ChannelConnection}: hands messages over and turns the provider's
 * callbacks into facts. Implementations are thread-safe and keep no per-connection state; the adapter routes each
 * call by {@link ChannelConnection#provider()}.
 */
public interface ProviderClient {

  /** Sends one message through {@code connection}; never throws for provider or network failures. */
  ChannelGateway.SendOutcome send(ChannelConnection connection, ChannelGateway.Delivery delivery);

  /**
   * Verifies and parses one callback request the provider made for {@code connection}. Signatures are checked before
   * anything is parsed; a repeated callback yields the same facts again (deduplication is by provider message id,
   * downstream).
   */
  CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback);
}
