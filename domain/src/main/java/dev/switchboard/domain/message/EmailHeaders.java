package dev.switchboard.domain.message;

import dev.switchboard.domain.channel.EmailAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an email carries besides its body: a subject and further recipients. */
public record EmailHeaders(Optional<String> subject, List<EmailAddress> cc, List<EmailAddress> bcc) {

  public static final EmailHeaders NONE = new EmailHeaders(Optional.empty(), List.of(), List.of());

  public EmailHeaders {
    Objects.requireNonNull(subject, "subject");
    cc = List.copyOf(cc);
    bcc = List.copyOf(bcc);
  }

  /** How many people receive the message besides the thread's own identifier. */
  public int extraRecipients() {
    return cc.size() + bcc.size();
  }
}
