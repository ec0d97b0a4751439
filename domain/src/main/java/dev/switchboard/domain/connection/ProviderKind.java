package dev.switchboard.domain.connection;

import dev.switchboard.domain.channel.Channel;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The provider a {@link ChannelConnection} sends through, and the platforms it serves. {@link #wireName()} is the
 * spelling of the public API and of the callback path {@code /providers/{wireName}/{connectionId}}.
 */
public enum ProviderKind {
  WHATSAPP_CLOUD("whatsapp-cloud", EnumSet.of(Channel.WHATSAPP)),
  TWILIO("twilio", EnumSet.of(Channel.SMS)),
  SMTP("smtp", EnumSet.of(Channel.EMAIL)),
  SANDBOX("sandbox", EnumSet.allOf(Channel.class));

  private final String wireName;
  private final Set<Channel> platforms;

  ProviderKind(String wireName, Set<Channel> platforms) {
    this.wireName = wireName;
    this.platforms = Set.copyOf(platforms);
  }

  public String wireName() {
    return wireName;
  }

  /** The platforms this provider can carry. */
  public Set<Channel> platforms() {
    return platforms;
  }

  public boolean serves(Channel platform) {
    return platforms.contains(platform);
  }

  public static Optional<ProviderKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
  }
}
