package dev.switchboard.domain.channel;

import java.util.Arrays;
import java.util.Optional;

/** The platform a thread talks over. {@link #wireName()} is the spelling of the public API. */
public enum Channel {
  WHATSAPP("whatsapp"),
  SMS("sms"),
  EMAIL("email");

  private final String wireName;

  Channel(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Channel> fromWireName(String name) {
    return Arrays.stream(values()).filter(channel -> channel.wireName.equals(name)).findFirst();
  }

  /** Phone channels address a number; email addresses a mailbox. */
  public boolean usesPhoneNumbers() {
    return this != EMAIL;
  }
}
