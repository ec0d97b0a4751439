package dev.switchboard.adapter.channel.smtp;

import dev.switchboard.application.port.out.ChannelGateway.SendOutcome;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/** Turns what Jakarta Mail throws into an outcome: by SMTP reply class where the relay gave one. */
final class SmtpFailures {

  private SmtpFailures() {}

  static SendOutcome classify(MessagingException failure, String messageId) {
    if (failure instanceof SendFailedException sendFailed) {
      Address[] sent = sendFailed.getValidSentAddresses();
      if (sent != null && sent.length > 0) {
        return new SendOutcome.Accepted(messageId, warnings(sendFailed));
      }
    }
    if (failure instanceof AuthenticationFailedException) {
      return new SendOutcome.Rejected("smtp: authentication failed: " + oneLine(failure.getMessage()));
    }
    if (failure instanceof MailConnectException || causedByIo(failure)) {
      return new SendOutcome.RetryLater(Optional.empty(), "smtp: " + oneLine(failure.getMessage())
          + Optional.ofNullable(failure.getCause()).map(cause -> " (" + cause.getClass().getSimpleName() + ")").orElse(""));
    }
    Optional<Reply> reply = reply(failure);
    String reason = "smtp " + reply.map(found -> found.code() + ": " + found.text()).orElse(oneLine(failure.getMessage()));
    if (reply.isPresent() && reply.get().code() >= 500) {
      return new SendOutcome.Rejected(reason);
    }
    // 4xx replies are transient by definition; anything without a reply code is treated as passing too.
    return new SendOutcome.RetryLater(Optional.empty(), reason);
  }

  private record Reply(int code, String text) {}

  /** The first SMTP reply code found: on the failure itself or on the exceptions chained to it. */
  private static Optional<Reply> reply(MessagingException failure) {
    for (Exception current = failure; current != null;
        current = current instanceof MessagingException messaging ? messaging.getNextException() : null) {
      int code = switch (current) {
        case SMTPAddressFailedException address -> address.getReturnCode();
        case SMTPSenderFailedException sender -> sender.getReturnCode();
        case SMTPSendFailedException send -> send.getReturnCode();
        default -> -1;
      };
      if (code > 0) {
        return Optional.of(new Reply(code, oneLine(current.getMessage())));
      }
    }
    return Optional.empty();
  }

  /** One line per recipient the relay refused or did not get to, with its reply where there is one. */
  private static List<String> warnings(SendFailedException failure) {
    Map<String, String> replies = new LinkedHashMap<>();
    for (Exception current = failure.getNextException(); current != null;
        current = current instanceof MessagingException messaging ? messaging.getNextException() : null) {
      if (current instanceof SMTPAddressFailedException address) {
        replies.put(address.getAddress().toString(), oneLine(address.getMessage()));
      }
    }
    List<String> warnings = new ArrayList<>();
    for (Address invalid : orEmpty(failure.getInvalidAddresses())) {
      warnings.add("smtp: recipient " + invalid + " refused"
          + Optional.ofNullable(replies.get(invalid.toString())).map(reply -> ": " + reply).orElse(""));
    }
    for (Address unsent : orEmpty(failure.getValidUnsentAddresses())) {
      warnings.add("smtp: recipient " + unsent + " not sent"
          + Optional.ofNullable(replies.get(unsent.toString())).map(reply -> ": " + reply).orElse(""));
    }
    return warnings;
  }

  private static Address[] orEmpty(Address[] addresses) {
    return addresses == null ? new Address[0] : addresses;
  }

  private static boolean causedByIo(Throwable failure) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(String text) {
    return text == null ? "(no message)" : text.replaceAll("\\s+", " ").strip();
  }
}
