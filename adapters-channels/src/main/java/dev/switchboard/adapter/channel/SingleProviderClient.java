package dev.switchboard.adapter.channel;

import dev.switchboard.application.port.out.ProviderClient;
import dev.switchboard.domain.connection.ProviderKind;

/**
 * A {@link ProviderClient} for the connections of one provider, as {@code routing.Providers} routes to it. The provider
 * packages depend on this package, never the other way round (the architecture test forbids package cycles).
 */
public interface SingleProviderClient extends ProviderClient {

  /** The provider this client speaks to; it only receives connections of this kind. */
  ProviderKind provider();
}
