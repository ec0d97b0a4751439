package dev.switchboard.domain.channel;

import dev.switchboard.domain.Validated;

/** Whom a thread talks to: a phone number on WhatsApp and SMS, an address on email. */
public sealed interface Identifier permits PhoneNumber, EmailAddress {

  /** The canonical form that is stored and compared: digits only for phones, lower-cased domain for email. */
  String value();

  static Validated<Identifier> parse(Channel channel, String raw) {
    return switch (channel) {
      case WHATSAPP, SMS -> PhoneNumber.parse(raw, channel).map(phone -> phone);
      case EMAIL -> EmailAddress.parse(raw).map(email -> email);
    };
  }
}
