package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.testing.Identifiers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailHeadersTest {

  @Test
  void extraRecipients_countsCcAndBcc() {
    EmailHeaders headers =
        new EmailHeaders(
            Optional.empty(), List.of(Identifiers.CC_EMAIL, Identifiers.OTHER_EMAIL), List.of(Identifiers.EMAIL));

    int extra = headers.extraRecipients();

    assertThat(extra).isEqualTo(3);
  }

  @Test
  void none_hasNoSubjectAndNoExtraRecipients() {

    EmailHeaders none = EmailHeaders.NONE;

    assertThat(none.subject()).isEmpty();
    assertThat(none.extraRecipients()).isZero();
  }

  @Test
  void refusesNullSubject() {

    assertThatThrownBy(() -> new EmailHeaders(null, List.of(), List.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void recipientListsCannotBeModified() {
    EmailHeaders headers = new EmailHeaders(Optional.empty(), List.of(), List.of());

    assertThatThrownBy(() -> headers.cc().add(Identifiers.CC_EMAIL))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
