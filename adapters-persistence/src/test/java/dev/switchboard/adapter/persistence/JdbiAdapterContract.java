package dev.switchboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.thread.MessageThread;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only the database adapters do: status history, cascades to jobs, the Flyway schema. */
abstract class JdbiAdapterContract extends PersistenceContract {

  JdbiBackend jdbi() {
    return (JdbiBackend) backend;
  }

  @Test
  void everyStatusChangeIsWrittenToTheHistory() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    Message sent = message.apply(StatusUpdate.SENT, micros(1)).message();
    backend.messages().update(sent);
    backend.messages().update(sent.withProviderMessageId("p-1", micros(2)));
    Message read = sent.apply(StatusUpdate.READ, micros(3)).message();
    backend.messages().update(read);

    List<String> history = jdbi().persistence().jdbi().withHandle(handle -> handle
        .createQuery("SELECT delivery_status FROM message_status_history WHERE organization_id = :org ORDER BY seq")
        .bind("org", org.value())
        .mapTo(String.class)
        .list());
    assertThat(history).containsExactly("accepted", "sent", "read");
    assertThat(read.deliveryStatus()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void deletingAMessageDropsItsJobAndDeletingAThreadDropsEverything() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message first = stored(outbound(thread));
    Message second = stored(outbound(thread));
    backend.deliveryQueue().enqueue(org, first.id(), T0);
    backend.deliveryQueue().enqueue(org, second.id(), T0);

    backend.messages().delete(org, first.id());
    assertThat(jdbi().count("delivery_jobs", org)).isEqualTo(1);
    assertThat(jdbi().count("message_status_history", org)).isEqualTo(1);

    backend.threads().delete(org, thread.id());
    assertThat(jdbi().count("delivery_jobs", org)).isZero();
    assertThat(jdbi().count("messages", org)).isZero();
    assertThat(jdbi().count("message_status_history", org)).isZero();
    assertThat(backend.deliveryQueue().claim(10, T0.plus(Duration.ofDays(1)), Duration.ofSeconds(1)))
        .noneMatch(job -> job.organizationId().equals(org));
  }

  @Test
  void erasingAnOrganizationLeavesNoHistoryNorJobOfIt() {
    MessageThread thread = stored(whatsapp(org, 1));
    Message message = stored(outbound(thread));
    backend.deliveryQueue().enqueue(org, message.id(), T0);
    Message kept = stored(outbound(stored(whatsapp(otherOrg, 1))));
    backend.deliveryQueue().enqueue(otherOrg, kept.id(), T0);

    backend.organizationData().eraseAll(org);

    for (String table : List.of("message_status_history", "delivery_jobs", "messages")) {
      assertThat(jdbi().count(table, org)).as(table).isZero();
      assertThat(jdbi().count(table, otherOrg)).as(table).isEqualTo(1);
    }
  }

  @Test
  void migratingAgainChangesNothing() {
    JdbiPersistence again = JdbiPersistence.create(jdbi().dataSource());
    assertThat(again.isPostgresql()).isEqualTo(jdbi().persistence().isPostgresql());
    stored(whatsapp(org, 1));
    assertThat(again.threads().findByIdentifier(org, dev.switchboard.domain.channel.Channel.WHATSAPP, phone(1)))
        .isPresent();
  }
}
