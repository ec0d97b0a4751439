package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.DuplicateKeyException;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.domain.template.MessageTemplate;
import org.junit.jupiter.api.Test;

/** What every {@code MessageTemplateRepository} does. */
abstract class TemplateRepositoryContract extends PersistenceContract {

  @Test
  void storesAndFindsATemplateWithItsComponents() {
    MessageTemplate template = template(org, "interview_invite", "en", micros(1));
    backend.templates().insert(template);

    assertThat(backend.templates().findById(org, template.id())).contains(template);
  }

  @Test
  void refusesASecondTemplateOfTheSameNameAndLanguage() {
    backend.templates().insert(template(org, "invite", "en", T0));

    assertThatThrownBy(() -> backend.templates().insert(template(org, "invite", "en", T0)))
        .isInstanceOf(DuplicateKeyException.class);
    backend.templates().insert(template(org, "invite", "nl", T0));
    backend.templates().insert(template(org, "Invite", "en", T0));
    backend.templates().insert(template(otherOrg, "invite", "en", T0));
  }

  @Test
  void deletes() {
    MessageTemplate template = template(org, "invite", "en", T0);
    backend.templates().insert(template);

    backend.templates().delete(org, template.id());

    assertThat(backend.templates().findById(org, template.id())).isEmpty();
    backend.templates().insert(template(org, "invite", "en", T0));
  }

  @Test
  void anotherOrganizationNeverSeesOrDeletesTheTemplate() {
    MessageTemplate template = template(org, "invite", "en", T0);
    backend.templates().insert(template);

    assertThat(backend.templates().findById(otherOrg, template.id())).isEmpty();
    assertThat(backend.templates().list(otherOrg, ListQuery.firstPage()).items()).isEmpty();
    backend.templates().delete(otherOrg, template.id());

    assertThat(backend.templates().findById(org, template.id())).contains(template);
    assertThat(backend.templates().list(org, ListQuery.firstPage()).items()).containsExactly(template);
  }
}
