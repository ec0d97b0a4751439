package dev.switchboard.domain.testing;

import dev.switchboard.domain.message.MediaPayload;
import dev.switchboard.domain.message.TextPayload;
import java.net.URI;
import java.util.Optional;

/** Message payloads for tests; template payloads are in {@link Templates}. */
public final class Payloads {

  public static final String TEXT = "Hello Jane, thanks for your application.";
  public static final URI IMAGE_URL = URI.create("https://cdn.example.com/media/office.jpg");
  public static final URI DOCUMENT_URL = URI.create("https://cdn.example.com/media/contract.pdf");

  private Payloads() {}

  public static TextPayload text() {
    return text(TEXT);
  }

  public static TextPayload text(String value) {
    return new TextPayload(value);
  }

  /** A text of exactly {@code codePoints} code points, each {@code unit} (which may be an emoji). */
  public static TextPayload textOfLength(int codePoints, String unit) {
    return text(unit.repeat(codePoints));
  }

  public static MediaPayload image() {
    return new MediaPayload(MediaPayload.Kind.IMAGE, IMAGE_URL, Optional.empty(), Optional.empty());
  }

  public static MediaPayload imageWithCaption(String caption) {
    return new MediaPayload(MediaPayload.Kind.IMAGE, IMAGE_URL, Optional.of(caption), Optional.empty());
  }

  public static MediaPayload document() {
    return new MediaPayload(
        MediaPayload.Kind.DOCUMENT, DOCUMENT_URL, Optional.empty(), Optional.of("contract.pdf"));
  }
}
