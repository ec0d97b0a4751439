package dev.switchboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.Validated;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.organization.OrganizationRules;
import dev.switchboard.domain.testing.Times;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

  private static final OrganizationId ORG = new OrganizationId(UUID.fromString("00000000-0000-7000-8000-0000000000aa"));
  private static final WebhookId ID = new WebhookId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

  private static Validated<WebhookSubscription> create(WebhookEvent event, List<String> fields, Optional<URI> url) {
    return WebhookSubscription.create(ID, ORG, WebhookResource.MESSAGES, event, fields, url, Times.NOW);
  }

  @Test
  void givenStatusOnlyUpdateWebhook_matches_onlyChangesThatTouchTheStatus() {
    WebhookSubscription webhook = create(WebhookEvent.UPDATE, List.of("deliveryStatus"), Optional.empty()).orElseThrow();

    assertThat(webhook.matches(WebhookResource.MESSAGES, WebhookEvent.UPDATE, List.of("deliveryStatus", "errorMessages")))
        .isTrue();
    assertThat(webhook.matches(WebhookResource.MESSAGES, WebhookEvent.UPDATE, List.of("sendBy"))).isFalse();
    assertThat(webhook.matches(WebhookResource.MESSAGE_THREADS, WebhookEvent.UPDATE, List.of("deliveryStatus")))
        .isFalse();
    assertThat(webhook.matches(WebhookResource.MESSAGES, WebhookEvent.DELETE, List.of())).isFalse();
  }

  @Test
  void givenNoFields_matches_everyChangeOfItsResourceAndEvent() {
    WebhookSubscription webhook = create(WebhookEvent.UPDATE, List.of(), Optional.empty()).orElseThrow();

    assertThat(webhook.matches(WebhookResource.MESSAGES, WebhookEvent.UPDATE, List.of("sendBy"))).isTrue();
  }

  @Test
  void givenFieldsOnACreateWebhook_create_isRefused() {
    var result = create(WebhookEvent.CREATE, List.of("deliveryStatus"), Optional.empty());

    assertThat(result).isInstanceOfSatisfying(Validated.Invalid.class, invalid ->
        assertThat(invalid.violation().code()).isEqualTo(WebhookSubscription.INVALID_FIELDS));
  }

  @Test
  void givenSnakeCaseFieldOrFtpUrl_create_isRefusedWithAReason() {
    var snake = create(WebhookEvent.UPDATE, List.of("delivery_status"), Optional.empty());
    var ftp = create(WebhookEvent.UPDATE, List.of(), Optional.of(URI.create("ftp://example.com/hook")));

    assertThat(snake).isInstanceOfSatisfying(Validated.Invalid.class, invalid ->
        assertThat(invalid.violation().reason()).contains("camelCase"));
    assertThat(ftp).isInstanceOfSatisfying(Validated.Invalid.class, invalid ->
        assertThat(invalid.violation().code()).isEqualTo(OrganizationRules.INVALID_WEBHOOK_URL));
  }

  @Test
  void givenRepeatedFields_create_keepsEachOnceInOrder() {
    var webhook = create(WebhookEvent.UPDATE, List.of("deliveryStatus", "sendBy", "deliveryStatus"), Optional.empty());

    assertThat(webhook.orElseThrow().fields()).containsExactly("deliveryStatus", "sendBy");
  }

  @Test
  void givenAWebhook_revise_keepsIdAndCreationAndStampsTheChange() {
    WebhookSubscription webhook = create(WebhookEvent.CREATE, List.of(), Optional.empty()).orElseThrow();

    WebhookSubscription revised = webhook.revise(
        WebhookResource.CHANNELS, WebhookEvent.UPDATE, List.of("status"),
        Optional.of(URI.create("https://example.com/h")), Times.minutesLater(1)).orElseThrow();

    assertThat(revised.id()).isEqualTo(ID);
    assertThat(revised.createdAt()).isEqualTo(Times.NOW);
    assertThat(revised.updatedAt()).isEqualTo(Times.minutesLater(1));
    assertThat(revised.resource()).isEqualTo(WebhookResource.CHANNELS);
  }

  @Test
  void givenInvalidState_constructor_throws() {
    assertThatThrownBy(() -> new WebhookSubscription(
            ID, ORG, WebhookResource.MESSAGES, WebhookEvent.DELETE, List.of("sendBy"), Optional.empty(), Times.NOW,
            Times.NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
