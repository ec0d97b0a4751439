package dev.switchboard.application.query;

import dev.switchboard.domain.template.MessageTemplate;
import java.util.List;

/** The message-template fields that listings filter and sort on. */
public final class TemplateFields {
  private TemplateFields() {}

  public static final QueryField<MessageTemplate> ID =
      new QueryField<>("id", ValueType.UUID, true, template -> template.id().value());
  public static final QueryField<MessageTemplate> NAME =
      new QueryField<>("name", ValueType.STRING, true, MessageTemplate::name);
  public static final QueryField<MessageTemplate> LANGUAGE =
      new QueryField<>("language", ValueType.STRING, true, MessageTemplate::language);
  public static final QueryField<MessageTemplate> CATEGORY =
      new QueryField<>("category", ValueType.STRING, true, template -> template.category().name());
  public static final QueryField<MessageTemplate> STATUS =
      new QueryField<>("status", ValueType.STRING, true, template -> template.status().wireName());
  public static final QueryField<MessageTemplate> CREATED_AT =
      new QueryField<>("createdAt", ValueType.INSTANT, true, MessageTemplate::createdAt);
  public static final QueryField<MessageTemplate> UPDATED_AT =
      new QueryField<>("updatedAt", ValueType.INSTANT, true, MessageTemplate::updatedAt);

  public static final List<QueryField<MessageTemplate>> ALL =
      List.of(ID, NAME, LANGUAGE, CATEGORY, STATUS, CREATED_AT, UPDATED_AT);
}
