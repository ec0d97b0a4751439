package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusUpdateTest {

  @Test
  void failed_keepsTheReason() {

    StatusUpdate update = StatusUpdate.failed("30003 unreachable");

    assertThat(update).isEqualTo(new StatusUpdate.Failed("30003 unreachable"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void failed_refusesBlankReason(String reason) {

    assertThatThrownBy(() -> StatusUpdate.failed(reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failure needs a reason");
  }

  @Test
  void failed_refusesNullReason() {

    assertThatThrownBy(() -> StatusUpdate.failed(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constants_equalFreshInstances() {

    StatusUpdate sent = new StatusUpdate.Sent();

    assertThat(sent).isEqualTo(StatusUpdate.SENT).isNotEqualTo(StatusUpdate.DELIVERED);
  }
}
