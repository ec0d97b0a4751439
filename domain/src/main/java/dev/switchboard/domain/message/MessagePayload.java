package dev.switchboard.domain.message;

/** What a message says. The three shapes follow the Recrubo payload: {@code text}, {@code template} and media. */
public sealed interface MessagePayload permits TextPayload, TemplatePayload, MediaPayload {

  /** The {@code type} discriminator of the public API. */
  String type();
}
