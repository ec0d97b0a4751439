package dev.switchboard.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaPayloadTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"IMAGE, image", "VIDEO, video", "AUDIO, audio", "DOCUMENT, document"})
  void type_isTheKindsWireName(MediaPayload.Kind kind, String type) {
    MediaPayload payload = media(kind, "https://cdn.example.com/file");

    String actual = payload.type();

    assertThat(actual).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://cdn.example.com/a.jpg", "http://cdn.example.com/a.jpg"})
  void acceptsAbsoluteHttpUrls(String url) {

    MediaPayload payload = media(MediaPayload.Kind.IMAGE, url);

    assertThat(payload.url()).isEqualTo(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/media/a.jpg", "a.jpg", "ftp://cdn.example.com/a.jpg", "file:///tmp/a.jpg", "data:,x"})
  void refusesRelativeAndNonHttpUrls(String url) {

    assertThatThrownBy(() -> media(MediaPayload.Kind.IMAGE, url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("media must be at an absolute http(s) URL");
  }

  private static MediaPayload media(MediaPayload.Kind kind, String url) {
    return new MediaPayload(kind, URI.create(url), Optional.empty(), Optional.empty());
  }
}
