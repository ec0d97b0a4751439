package dev.switchboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void keepsCodeAndReason() {

    Violation violation = new Violation("sms_too_long", "An SMS may hold at most 1600 characters");

    assertThat(violation.code()).isEqualTo("sms_too_long");
    assertThat(violation.reason()).isEqualTo("An SMS may hold at most 1600 characters");
  }

  @Test
  void refusesNullCode() {

    assertThatThrownBy(() -> new Violation(null, "reason")).isInstanceOf(NullPointerException.class).hasMessage("code");
  }

  @Test
  void refusesNullReason() {

    assertThatThrownBy(() -> new Violation("code", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }

  @Test
  void sameCodeAndReason_areEqual() {

    Violation violation = new Violation("code", "reason");

    assertThat(violation).isEqualTo(new Violation("code", "reason")).isNotEqualTo(new Violation("code", "other"));
  }
}
