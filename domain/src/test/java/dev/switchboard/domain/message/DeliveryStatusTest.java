package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryStatusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "accepted,  ACCEPTED",
    "sent,      SENT",
    "delivered, DELIVERED",
    "read,      READ",
    "failed,    FAILED",
    "received,  RECEIVED"
  })
  void wireName_fromWireName_findsTheStatus(String wireName, DeliveryStatus status) {

    Optional<DeliveryStatus> found = DeliveryStatus.fromWireName(wireName);

    assertThat(found).contains(status);
  }

  @ParameterizedTest(name = "{1} is spelled {0}")
  @CsvSource({"accepted, ACCEPTED", "received, RECEIVED", "read, READ"})
  void wireName_isTheLowerCaseName(String wireName, DeliveryStatus status) {

    String actual = status.wireName();

    assertThat(actual).isEqualTo(wireName);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"SENT", "Delivered", "queued", "undelivered", "bounced"})
  void unknownOrUpperCaseName_fromWireName_findsNothing(String name) {

    Optional<DeliveryStatus> found = DeliveryStatus.fromWireName(name);

    assertThat(found).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ACCEPTED,   0",
    "SENT,       1",
    "DELIVERED,  2",
    "READ,       3",
    "FAILED,    -1",
    "RECEIVED,  -1"
  })
  void progress_ordersTheSuccessPath(DeliveryStatus status, int progress) {

    int actual = status.progress();

    assertThat(actual).isEqualTo(progress);
  }
}
