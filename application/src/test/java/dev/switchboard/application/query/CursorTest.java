package dev.switchboard.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.thread.MessageThread;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

  private static final UUID ID = UUID.fromString("0195785c-7a00-7000-8000-000000000001");
  private static final List<Sort<MessageThread>> SORT = List.of(
      new Sort<>(ThreadFields.CHANNEL, false),
      new Sort<>(ThreadFields.CREATED_AT, true),
      new Sort<>(ThreadFields.CHATBOT_PAUSED, false));

  @Test
  void givenValuesOfEveryType_encodeThenDecode_givesTheSameCursor() {
    Cursor cursor = new Cursor(List.of("whatsapp", Instant.parse("2025-03-10T09:00:00.123456789Z"), true), ID);

    Cursor decoded = Cursor.decode(cursor.encode(), SORT);

    assertThat(decoded).isEqualTo(cursor);
  }

  @Test
  void givenTextWithLineBreaksAndBackslashes_encodeThenDecode_givesTheSameCursor() {
    List<Sort<MessageThread>> byIdentifier = List.of(new Sort<>(ThreadFields.IDENTIFIER, false));
    Cursor cursor = new Cursor(List.of("first line\nsecond \\n line\\"), ID);

    Cursor decoded = Cursor.decode(cursor.encode(), byIdentifier);

    assertThat(decoded).isEqualTo(cursor);
  }

  @Test
  void givenNoSortKeys_encodeThenDecode_keepsTheId() {
    Cursor cursor = new Cursor(List.of(), ID);

    Cursor decoded = Cursor.decode(cursor.encode(), List.<Sort<MessageThread>>of());

    assertThat(decoded).isEqualTo(cursor);
  }

  @Test
  void givenCursorForAnotherSortOrder_decode_isRefused() {
    String token = new Cursor(List.of("whatsapp"), ID).encode();

    assertThatThrownBy(() -> Cursor.decode(token, SORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sort order");
  }

  @Test
  void givenTokenThatIsNotBase64_decode_isRefused() {
    assertThatThrownBy(() -> Cursor.decode("not base64!", SORT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void givenTokenWithAForgedValue_decode_isRefused() {
    String token = new Cursor(List.of(ID.toString()), ID).encode();

    assertThatThrownBy(() -> Cursor.decode(token, List.of(new Sort<>(ThreadFields.CREATED_AT, false))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
