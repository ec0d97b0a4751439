package dev.switchboard.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.adapter.http.PublicBaseUrl;
import dev.switchboard.application.port.out.ChangeEvent;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.channel.PhoneNumber;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.ConnectionId;
import dev.switchboard.domain.connection.ProviderKind;
import dev.switchboard.domain.connection.RegisteredChannel;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import dev.switchboard.domain.thread.ThreadId;
import dev.switchboard.domain.webhook.AttemptOutcome;
import dev.switchboard.domain.webhook.WebhookDeliveryId;
import dev.switchboard.domain.webhook.WebhookEvent;
import dev.switchboard.domain.webhook.WebhookId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbound client against a real loopback server: target safety, redirects, bounded bodies, timeouts. */
class HttpWebhookSenderTest {

  private static final Instant T = Instant.parse("2025-03-10T09:00:00Z");
  private static final WebhookSenderConfig FAST =
      new WebhookSenderConfig(Duration.ofSeconds(2), Duration.ofMillis(500), 2048, false);

  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger redirectHits = new AtomicInteger();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** A loopback server answering {@code /hook} with {@code status} and {@code body} after {@code delay}. */
  private URI serve(int status, String body, Duration delay) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/hook", exchange -> {
      hits.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (status / 100 == 3) {
        exchange.getResponseHeaders().add("Location", "/elsewhere");
      }
      byte[] bytes = body.getBytes();
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.createContext("/elsewhere", exchange -> {
      redirectHits.incrementAndGet();
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  private static WebhookSender.Request request(URI target) {
    MessageThread thread = MessageThread.rehydrate(
        new ThreadId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), Channel.SMS,
        new PhoneNumber("31612345678"), false, Optional.empty(), T, T, Optional.empty());
    return new WebhookSender.Request(
        target, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", new WebhookDeliveryId(UUID.randomUUID()),
        new WebhookId(UUID.randomUUID()), WebhookEvent.CREATE, List.of(), new ChangeEvent.Resource.ThreadState(thread));
  }

  private static HttpWebhookSender sender(WebhookSenderConfig config) {
    return new HttpWebhookSender(config, Clock.systemUTC(), PublicBaseUrl.of(URI.create("https://sb.example.com")));
  }

  @Test
  void givenTheDefaultSettings_aLoopbackTarget_isRefusedWithAReason_andNeverContacted() {
    URI target = serve(204, "", Duration.ZERO);

    AttemptOutcome outcome = sender(FAST).send(request(target));

    assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.NotSent.class, notSent -> assertThat(notSent.reason())
        .contains("refused", "127.0.0.1", "SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS"));
    assertThat(hits).hasValue(0);
  }

  @Test
  void givenAPublicNameThatResolvesToTheMetadataAddress_itIsRefusedAtSendTime() {
    TargetAddresses.Resolver rebinding = host -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
    HttpWebhookSender sender = new HttpWebhookSender(FAST, Clock.systemUTC(), PublicBaseUrl.unbound(), rebinding);

    AttemptOutcome outcome = sender.send(request(URI.create("https://hooks.example.com/in")));

    assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.NotSent.class,
        notSent -> assertThat(notSent.reason()).contains("169.254.169.254"));
  }

  @Test
  void givenAChannelBeforeTheApiListens_itIsNotSent_andIsWhenThePublicBaseUrlIsKnown() {
    URI target = serve(204, "", Duration.ZERO);
    RegisteredChannel channel = new RegisteredChannel(new ChannelConnection(
        new ConnectionId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()), Channel.SMS, ProviderKind.SANDBOX,
        Map.of(), Map.of(), Optional.empty(), T, T), true);
    WebhookSender.Request request = new WebhookSender.Request(
        target, "secret", new WebhookDeliveryId(UUID.randomUUID()), new WebhookId(UUID.randomUUID()),
        WebhookEvent.CREATE, List.of(), new ChangeEvent.Resource.ChannelState(channel));
    WebhookSenderConfig loopback = FAST.allowingPrivateTargets(true);

    AttemptOutcome early = new HttpWebhookSender(loopback, Clock.systemUTC(), PublicBaseUrl.unbound()).send(request);
    AttemptOutcome known = new HttpWebhookSender(
        loopback, Clock.systemUTC(), PublicBaseUrl.of(URI.create("https://sb.example.com/"))).send(request);

    assertThat(early).isInstanceOfSatisfying(AttemptOutcome.NotSent.class,
        notSent -> assertThat(notSent.reason()).contains("public base URL"));
    assertThat(known).isEqualTo(new AttemptOutcome.Responded(204, ""));
    assertThat(hits).hasValue(1);
  }

  @Test
  void givenPrivateTargetsAllowed_theLoopbackReceiverGetsThePost() {
    URI target = serve(204, "", Duration.ZERO);

    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(target));

    assertThat(outcome).isEqualTo(new AttemptOutcome.Responded(204, ""));
    assertThat(hits).hasValue(1);
  }

  @Test
  void givenARedirect_itIsNotFollowed_andCountsAsAFailedAttempt() {
    URI target = serve(302, "", Duration.ZERO);

    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(target));

    assertThat(outcome).isEqualTo(new AttemptOutcome.Responded(302, ""));
    assertThat(outcome.isSuccess()).isFalse();
    assertThat(redirectHits).hasValue(0);
  }

  @Test
  void givenAHugeResponse_onlyTheBoundIsKept() {
    URI target = serve(500, "e".repeat(1_000_000), Duration.ZERO);

    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(target));

    assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.Responded.class,
        responded -> assertThat(responded.bodyExcerpt()).hasSize(2048));
  }

  @Test
  void givenASlowReceiver_theAttemptTimesOut() {
    URI target = serve(200, "late", Duration.ofSeconds(3));

    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(target));

    assertThat(outcome).isInstanceOf(AttemptOutcome.NotSent.class);
  }

  @Test
  void givenNobodyListening_theAttemptFailsWithAReason() {
    URI target = serve(204, "", Duration.ZERO);
    server.stop(0);
    server = null;

    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(target));

    assertThat(outcome).isInstanceOfSatisfying(AttemptOutcome.NotSent.class,
        notSent -> assertThat(notSent.reason()).isNotBlank().doesNotContain("whsec_"));
  }

  @Test
  void givenAnFtpUrl_itIsRefusedEvenWhenPrivateTargetsAreAllowed() {
    AttemptOutcome outcome = sender(FAST.allowingPrivateTargets(true)).send(request(URI.create("ftp://127.0.0.1/x")));

    assertThat(outcome).isEqualTo(new AttemptOutcome.NotSent("refused: webhook URLs must be http or https"));
  }

  @Test
  void internalAddresses_areRecognised() throws UnknownHostException {
    for (String internal : List.of("10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254",
        "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1", "fc00::1", "::")) {
      assertThat(TargetAddresses.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
    }
    for (String external : List.of("8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "172.32.0.1")) {
      assertThat(TargetAddresses.isInternal(InetAddress.getByName(external))).as(external).isFalse();
    }
  }
}
