package dev.switchboard.adapter.channel.twilio;

import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionSettings;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TextPayload;
import java.net.URI;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status callbacks ({@code MessageStatus}, {@code ErrorCode}) and inbound messages ({@code From}, {@code Body},
 * {@code MessageSid}, no {@code MessageStatus}), both form-encoded POSTs signed with {@code X-Twilio-Signature}.
 * Twilio sends no event time, so facts are stamped with the time the callback arrived.
 */
final class TwilioCallbacks {

  private static final Logger log = LoggerFactory.getLogger(TwilioCallbacks.class);
  static final String SIGNATURE_HEADER = "X-Twilio-Signature";
  /** What inbound messages carry as {@code SmsStatus}/{@code MessageStatus}, if anything. */
  private static final Set<String> RECEIVED_STATUSES = Set.of("received", "receiving");
  /**
   * Twilio reads the answer to an inbound message as TwiML instructions; an empty {@code <Response/>} says "do nothing
   * more" (an empty body would be logged as error 12300 in the Twilio console).
   */
  static final CallbackOutcome.Acknowledgement EMPTY_TWIML = new CallbackOutcome.Acknowledgement(
      "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");

  private final InstantSource clock;

  TwilioCallbacks(InstantSource clock) {
    this.clock = clock;
  }

  CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    if (!"POST".equals(callback.method())) {
      return new CallbackOutcome.Rejected(405, "twilio calls back with POST, not " + callback.method());
    }
    Optional<String> signature = callback.header(SIGNATURE_HEADER);
    if (signature.isEmpty()) {
      return new CallbackOutcome.Rejected(401, "twilio callback without " + SIGNATURE_HEADER);
    }
    Map<String, List<String>> form;
    try {
      form = TwilioForms.decode(callback.bodyAsString());
    } catch (IllegalArgumentException e) {
      return new CallbackOutcome.Rejected(400, "twilio callback body is not form-encoded");
    }
    String authToken = connection.requiredCredential(ConnectionSettings.AUTH_TOKEN);
    if (!TwilioSignature.matches(authToken, callback.publicUrl(), form, signature.get())) {
      return new CallbackOutcome.Rejected(401, "twilio callback with a wrong " + SIGNATURE_HEADER);
    }
    String messageSid = first(form, "MessageSid").or(() -> first(form, "SmsSid")).orElse("");
    if (messageSid.isBlank()) {
      return new CallbackOutcome.Rejected(400, "twilio callback without MessageSid");
    }
    Optional<String> status = first(form, "MessageStatus");
    if (status.isPresent() && !RECEIVED_STATUSES.contains(status.get())) {
      return new CallbackOutcome.Facts(
          status(messageSid, status.get(), first(form, "ErrorCode")).stream().toList(), EMPTY_TWIML);
    }
    Optional<String> from = first(form, "From");
    if (from.isEmpty()) {
      return new CallbackOutcome.Rejected(400, "twilio inbound message without From");
    }
    return new CallbackOutcome.Facts(List.of(new ProviderFact.Inbound(
        from.get(), Optional.empty(), payload(form), EmailHeaders.NONE, messageSid, clock.instant())), EMPTY_TWIML);
  }

  private Optional<ProviderFact> status(String messageSid, String status, Optional<String> errorCode) {
    String code = errorCode.filter(value -> !value.isBlank()).orElse("");
    Optional<StatusUpdate> update = switch (status) {
      case "sent" -> Optional.of(StatusUpdate.SENT);
      case "delivered" -> Optional.of(StatusUpdate.DELIVERED);
      case "read" -> Optional.of(StatusUpdate.READ);
      case "undelivered", "failed", "canceled" ->
          Optional.of(StatusUpdate.failed("twilio " + (code.isEmpty() ? status : code + ": " + status)));
      // queued, accepted, sending, scheduled, partially_delivered and unknown future values: no change to report.
      default -> Optional.empty();
    };
    if (update.isEmpty()) {
      log.debug("twilio status '{}' for {} ignored", status, messageSid);
    }
    return update.map(found -> new ProviderFact.Status(messageSid, found, clock.instant()));
  }

  /** The body as text; with media, the first medium (its URL needs the account's credentials unless public). */
  private static MessagePayload payload(Map<String, List<String>> form) {
    String body = first(form, "Body").orElse("");
    int media = first(form, "NumMedia").map(TwilioCallbacks::number).orElse(0);
    if (media > 0) {
      Optional<URI> url = first(form, "MediaUrl0").flatMap(TwilioCallbacks::httpUrl);
      if (url.isPresent()) {
        MediaPayload.Kind kind = kind(first(form, "MediaContentType0").orElse(""));
        return new MediaPayload(kind, url.get(), body.isBlank() ? Optional.empty() : Optional.of(body), Optional.empty());
      }
    }
    return new TextPayload(body.isBlank() ? "[empty message]" : body);
  }

  private static MediaPayload.Kind kind(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return MediaPayload.Kind.IMAGE;
    }
    if (type.startsWith("video/")) {
      return MediaPayload.Kind.VIDEO;
    }
    if (type.startsWith("audio/")) {
      return MediaPayload.Kind.AUDIO;
    }
    return MediaPayload.Kind.DOCUMENT;
  }

  private static Optional<URI> httpUrl(String value) {
    try {
      URI uri = URI.create(value);
      return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Optional<String> first(Map<String, List<String>> form, String name) {
    return Optional.ofNullable(form.get(name)).flatMap(values -> values.stream().findFirst());
  }
}
