package dev.switchboard.adapter.channel.smtp;

import dev.switchboard.adapter.channel.ProviderSettings;
import dev.switchboard.adapter.channel.SingleProviderClient;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway.Delivery;
import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.domain.channel.EmailAddress;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionSettings;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.TemplatePayload;
import dev.switchboard.domain.message.TextPayload;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.InstantSource;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email over SMTP with Jakarta Mail (Angus): one plain-text message per delivery, to the thread's address plus the
 * message's cc and bcc. The message gets a {@code Message-ID} derived from the gateway's message id (so a retry
 * sends the same id again), which is returned as the provider message id and is what replies refer to.
 *
 * <ul>
 *   <li>Subject: the message's subject, or {@value #NO_SUBJECT} when it has none.
 *   <li>Body: the text, the rendered template, or for media the caption and a line with the (file name and) link.
 *   <li>Timeouts: connect, read and write timeouts are always set (Jakarta Mail's default is to wait forever).
 *   <li>Partial failure: sent with {@code mail.smtp.sendpartial}; when the relay refuses some recipients but takes
 *       the message for others it counts as accepted, with one warning per refused recipient.
 *   <li>Outcomes: refused connections, timeouts and 4xx replies are retried; 5xx replies and failed
 *       authentication are rejected.
 * </ul>
 *
 * <p>SMTP has no callbacks: delivery reports and bounces come back as mail to the envelope sender, which this
 * client does not read. Thread-safe: each send opens its own session and connection.
 */
public final class SmtpEmailClient implements SingleProviderClient {

  private static final Logger log = LoggerFactory.getLogger(SmtpEmailClient.class);
  public static final String NO_SUBJECT = "(no subject)";

  private final ProviderSettings settings;
  private final InstantSource clock;

  public SmtpEmailClient(ProviderSettings settings, InstantSource clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.SMTP;
  }

  @Override
  public SendOutcome send(ChannelConnection connection, Delivery delivery) {
    return send(connection, delivery, Optional.empty());
  }

  /**
   * Sends as a reply to the email whose {@code Message-ID} is {@code inReplyTo} (angle brackets included, as
   * returned by an earlier send): sets {@code In-Reply-To} and {@code References}, so mail clients thread the
   * conversation. Not yet wired: the dispatcher sends through {@link #send(ChannelConnection, Delivery)} until it
   * knows the previous message of a thread.
   */
  public SendOutcome send(ChannelConnection connection, Delivery delivery, Optional<String> inReplyTo) {
    requireOwn(connection);
    Optional<String> body = body(delivery);
    if (body.isEmpty()) {
      return new SendOutcome.Rejected("smtp: the template of message " + delivery.message().id() + " was not given to the sender");
    }
    String fromAddress = connection.requiredSetting(ConnectionSettings.FROM_ADDRESS);
    String messageId = messageId(delivery, fromAddress);
    Session session = Session.getInstance(properties(connection));
    try {
      MimeMessage mail = new FixedIdMessage(session, messageId);
      mail.setFrom(new InternetAddress(fromAddress, true));
      mail.setRecipient(RecipientType.TO, new InternetAddress(delivery.thread().identifier().value(), true));
      EmailHeaders headers = delivery.message().emailHeaders();
      for (EmailAddress cc : headers.cc()) {
        mail.addRecipient(RecipientType.CC, new InternetAddress(cc.value(), true));
      }
      for (EmailAddress bcc : headers.bcc()) {
        mail.addRecipient(RecipientType.BCC, new InternetAddress(bcc.value(), true));
      }
      mail.setSubject(headers.subject().filter(subject -> !subject.isBlank()).orElse(NO_SUBJECT), "UTF-8");
      mail.setSentDate(Date.from(clock.instant()));
      inReplyTo.ifPresent(parent -> {
        try {
          mail.setHeader("In-Reply-To", parent);
          mail.setHeader("References", parent);
        } catch (MessagingException e) {
          throw new IllegalStateException(e);
        }
      });
      mail.setText(body.get(), "UTF-8");
      mail.saveChanges();
      Optional<String> username = connection.setting(ConnectionSettings.USERNAME);
      if (username.isPresent()) {
        Transport.send(mail, username.get(), connection.requiredCredential(ConnectionSettings.PASSWORD));
      } else {
        Transport.send(mail);
      }
      return new SendOutcome.Accepted(messageId);
    } catch (MessagingException e) {
      SendOutcome outcome = SmtpFailures.classify(e, messageId);
      log.warn("smtp send of message {} via {}: {}", delivery.message().id(),
          connection.requiredSetting(ConnectionSettings.HOST), describe(outcome));
      return outcome;
    }
  }

  private static String describe(SendOutcome outcome) {
    return switch (outcome) {
      case SendOutcome.Accepted accepted -> "accepted with warnings " + accepted.warnings();
      case SendOutcome.RetryLater retry -> "retry later: " + retry.reason();
      case SendOutcome.Rejected rejected -> "rejected: " + rejected.reason();
      case SendOutcome.Throttled throttled -> "throttled for " + throttled.after();
    };
  }

  private static Optional<String> body(Delivery delivery) {
    return switch (delivery.message().payload()) {
      case TextPayload text -> Optional.of(text.value());
      case TemplatePayload template -> delivery.template().map(found -> found.render(template::valuesFor));
      case MediaPayload media -> {
        String link = media.fileName().map(name -> name + ": ").orElse("") + media.url();
        yield Optional.of(media.caption().map(caption -> caption + "\n\n" + link).orElse(link));
      }
    };
  }

  /** {@code <sb.{message uuid}@{sender's domain}>}: unique per message and the same on every retry. */
  static String messageId(Delivery delivery, String fromAddress) {
    String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
    return "<sb." + delivery.message().id().value() + "@" + domain + ">";
  }

  private Properties properties(ChannelConnection connection) {
    Properties properties = new Properties();
    boolean startTls = connection.setting(ConnectionSettings.START_TLS).map(Boolean::parseBoolean).orElse(true);
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", connection.requiredSetting(ConnectionSettings.HOST));
    properties.put("mail.smtp.port", connection.setting(ConnectionSettings.PORT)
        .orElse(String.valueOf(ConnectionSettings.DEFAULT_SMTP_PORT)));
    properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
    properties.put("mail.smtp.timeout", String.valueOf(settings.requestTimeout().toMillis()));
    properties.put("mail.smtp.writetimeout", String.valueOf(settings.requestTimeout().toMillis()));
    properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    properties.put("mail.smtp.auth", String.valueOf(connection.setting(ConnectionSettings.USERNAME).isPresent()));
    properties.put("mail.smtp.from", connection.requiredSetting(ConnectionSettings.FROM_ADDRESS));
    properties.put("mail.smtp.sendpartial", "true");
    return properties;
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    requireOwn(connection);
    return new CallbackOutcome.Rejected(404, "smtp has no provider callbacks; bounces arrive as mail");
  }

  private static void requireOwn(ChannelConnection connection) {
    if (connection.provider() != ProviderKind.SMTP) {
      throw new IllegalArgumentException("not an SMTP connection: " + connection.id());
    }
  }

  /** Keeps the {@code Message-ID} we chose instead of the random one {@code saveChanges()} would set. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
