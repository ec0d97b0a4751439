package dev.switchboard.application.service;

/**
 * How many messages per second one channel may hand to its provider. Providers cap throughput per sender (WhatsApp
 * per phone number, Twilio per number or messaging service); going over means 429s and, at worst, a quality rating
 * penalty. Messages over the limit wait in the queue; they never fail for it. The limit holds per server node: with
 * several nodes on one database, each node keeps its own count.
 */
public record SendRateLimit(double messagesPerSecond) {

  public static final SendRateLimit DEFAULT = new SendRateLimit(50);

  public SendRateLimit {
    if (!(messagesPerSecond > 0) || Double.isInfinite(messagesPerSecond)) {
      throw new IllegalArgumentException("a send rate is a positive number of messages per second");
    }
  }

  long nanosBetweenSends() {
    return Math.max(1, (long) (1_000_000_000L / messagesPerSecond));
  }
}
