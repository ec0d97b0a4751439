package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on POST: the same request is answered once, whatever the timing. */
public abstract class IdempotencyContract extends ApiTestBase {

  private static final String MESSAGES = B + "/messages";

  private String message(String thread, String text) {
    return """
        {"data": {"type": "messages", "attributes": {"sendBy": "John", "messageThreadId": "%s",
          "payload": {"type": "text", "text": {"value": "%s"}}}}}
        """.formatted(thread, text);
  }

  private Http.Response send(String key, String body) {
    return request("POST", MESSAGES).header("Idempotency-Key", key).json(body).send();
  }

  private long messageCount() {
    return get(MESSAGES + "?filter[origin]=outbound").json().at("/meta/total").asLong();
  }

  @Test
  void givenSameKeyAndBody_repeatedPost_replaysTheFirstResponse_andSendsOnce() {
    String thread = candidateWrites("31612345678");
    String body = message(thread, "Hi");

    Http.Response first = send("key-1", body);
    Http.Response second = send("key-1", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(second.header("Content-Type")).isEqualTo("application/vnd.api+json");
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void givenSameKeyAndAnotherBody_is422() {
    String thread = candidateWrites("31612345678");
    send("key-1", message(thread, "Hi"));

    Http.Response response = send("key-1", message(thread, "Something else"));

    assertError(response, 422, "idempotency_key_reused");
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void givenDifferentKeys_bothRequestsRun() {
    String thread = candidateWrites("31612345678");

    send("key-1", message(thread, "Hi"));
    send("key-2", message(thread, "Hi"));

    assertThat(messageCount()).isEqualTo(2);
  }

  @Test
  void givenTheSameKeyInAnotherOrganization_isIndependent() {
    String thread = candidateWrites("31612345678");
    String otherKey = secondOrganizationKey();
    String otherThread = candidateWrites(otherKey, "31612345678");

    Http.Response mine = send("shared-key", message(thread, "Hi"));
    Http.Response theirs = http.request("POST", MESSAGES).key(otherKey).header("Idempotency-Key", "shared-key")
        .json(message(otherThread, "Hi")).send();

    assertThat(mine.status()).isEqualTo(201);
    assertThat(theirs.status()).isEqualTo(201);
    assertThat(theirs.id()).isNotEqualTo(mine.id());
  }

  @Test
  void givenAFailedRequest_replaysTheSameError() {
    String body = message("0e6d1c9a-3f0b-4a7e-8f55-6f1d2a3b4c5d", "Hi");

    Http.Response first = send("key-1", body);
    Http.Response second = send("key-1", body);

    assertError(first, 404, "not_found");
    assertThat(second.status()).isEqualTo(404);
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void givenInvalidKey_is400() {
    String thread = candidateWrites("31612345678");

    assertError(send("x".repeat(300), message(thread, "Hi")), 400, "invalid_idempotency_key");
  }

  @Test
  void givenIdempotencyKeyOnThreadCreation_replays() {
    String body = """
        {"data": {"type": "messageThreads", "attributes": {"channel": "sms", "identifier": "31612345678"}}}
        """;

    Http.Response first = request("POST", B + "/message-threads").header("Idempotency-Key", "t-1").json(body).send();
    Http.Response second = request("POST", B + "/message-threads").header("Idempotency-Key", "t-1").json(body).send();

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.id()).isEqualTo(first.id());
  }

  @Test
  void givenRacingRequestsWithTheSameKey_exactlyOneMessageIsSent_andAllAnswerTheSame() throws Exception {
    String thread = candidateWrites("31612345678");
    String body = message(thread, "Hi");
    int racers = 8;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();

    try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
      for (int i = 0; i < racers; i++) {
        answers.add(pool.submit(() -> {
          go.await();
          return send("race-key", body);
        }));
      }
      go.countDown();
      List<Http.Response> responses = new ArrayList<>();
      for (Future<Http.Response> answer : answers) {
        responses.add(answer.get());
      }

      assertThat(responses).allSatisfy(response -> {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(responses.getFirst().body());
      });
    }
    assertThat(messageCount()).isEqualTo(1);
  }
}
