package dev.switchboard.domain.message;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** An image, video, audio file or document at a public URL, with an optional caption and file name. */
public record MediaPayload(Kind kind, URI url, Optional<String> caption, Optional<String> fileName)
    implements MessagePayload {

  public enum Kind {
    IMAGE,
    VIDEO,
    AUDIO,
    DOCUMENT;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public MediaPayload {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(fileName, "fileName");
    if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
      throw new IllegalArgumentException("media must be at an absolute http(s) URL");
    }
  }

  @Override
  public String type() {
    return kind.wireName();
  }
}
