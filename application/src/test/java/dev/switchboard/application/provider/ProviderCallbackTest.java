package dev.switchboard.application.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderCallbackTest {

  @Test
  void givenHeadersInAnyCase_header_findsThemCaseInsensitively() {
    ProviderCallback callback = new ProviderCallback("POST", "/p", Map.of(),
        Map.of("X-Hub-Signature-256", List.of("sha256=ab"), "content-type", List.of("application/json")),
        "{}".getBytes(StandardCharsets.UTF_8), "https://x.example.com/p");

    assertThat(callback.header("x-hub-signature-256")).contains("sha256=ab");
    assertThat(callback.header("Content-Type")).contains("application/json");
    assertThat(callback.header("X-Missing")).isEmpty();
  }

  @Test
  void givenBody_isCopiedInAndOut() {
    byte[] body = "abc".getBytes(StandardCharsets.UTF_8);
    ProviderCallback callback = new ProviderCallback("POST", "/p", Map.of(), Map.of(), body, "https://x.example.com/p");

    body[0] = 'z';
    callback.body()[1] = 'z';

    assertThat(callback.bodyAsString()).isEqualTo("abc");
    assertThat(callback).isEqualTo(new ProviderCallback("POST", "/p", Map.of(), Map.of(),
        "abc".getBytes(StandardCharsets.UTF_8), "https://x.example.com/p"));
    assertThat(callback.toString()).doesNotContain("abc");
  }

  @Test
  void givenQuery_queryParameter_isTheFirstValue() {
    ProviderCallback callback = new ProviderCallback("GET", "/p", Map.of("hub.challenge", List.of("1", "2")),
        Map.of(), new byte[0], "https://x.example.com/p?hub.challenge=1");

    assertThat(callback.queryParameter("hub.challenge")).contains("1");
  }
}
