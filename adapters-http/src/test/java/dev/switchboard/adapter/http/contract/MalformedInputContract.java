package dev.switchboard.adapter.http.contract;

import static dev.switchboard.adapter.http.testing.ApiResponseAssert.assertClientError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.testing.ApiTestBase;
import dev.switchboard.adapter.http.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind is a 4xx JSON:API error, never a 500 and never a stack trace: truncated JSON, wrong JSON
 * types, huge strings, unknown members, bad UUIDs, bad filters, bad sorts and bad page parameters. Placeholders
 * {@code {thread}}, {@code {message}} and {@code {template}} stand for ids of existing resources.
 */
public abstract class MalformedInputContract extends ApiTestBase {

  private static final String T = B + "/message-threads";
  private static final String M = B + "/messages";
  private static final String TPL = B + "/message-templates";

  private static final String VALID_THREAD =
      "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\",\"identifier\":\"31699999999\"}}}";
  private static final String VALID_MESSAGE = "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
      + "\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}},"
      + "\"relationships\":{\"messageThread\":{\"data\":{\"type\":\"messageThreads\",\"id\":\"{thread}\"}}}}}";

  private String thread;
  private String message;
  private String template;

  @BeforeEach
  void resources() {
    thread = createThread("sms", "31612345678");
    message = sendText(thread, "Hi");
    template = createTemplate("t", "Hi {{1}}");
  }

  private String fill(String text) {
    return text.replace("{thread}", thread).replace("{message}", message).replace("{template}", template);
  }

  static Stream<Arguments> bodies() {
    List<Arguments> cases = new ArrayList<>();
    // Truncated JSON at every tenth character of valid bodies.
    for (int cut = 1; cut < VALID_THREAD.length() - 1; cut += 10) {
      cases.add(Arguments.of("truncated thread at " + cut, "POST", T, VALID_THREAD.substring(0, cut)));
    }
    for (int cut = 1; cut < VALID_MESSAGE.length() - 1; cut += 17) {
      cases.add(Arguments.of("truncated message at " + cut, "POST", M, VALID_MESSAGE.substring(0, cut)));
    }
    String[][] bad = {
      // not a document
      {"empty body", "POST", T, ""},
      {"null", "POST", T, "null"},
      {"array", "POST", T, "[]"},
      {"string", "POST", T, "\"data\""},
      {"number", "POST", T, "42"},
      {"trailing garbage", "POST", T, VALID_THREAD + " {}"},
      {"two documents", "POST", T, VALID_THREAD + VALID_THREAD},
      {"duplicate keys", "POST", T,
        "{\"data\":{\"type\":\"messageThreads\",\"type\":\"messageThreads\",\"attributes\":{}}}"},
      {"deep nesting", "POST", T, "{\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}"},
      {"huge number", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"chatbotPaused\":1"
          + "0".repeat(5000) + "}}}"},
      {"comment", "POST", T, "{/* hi */\"data\":{}}"},
      {"single quotes", "POST", T, "{'data':{}}"},
      // wrong shapes and JSON types
      {"no data", "POST", T, "{}"},
      {"data null", "POST", T, "{\"data\":null}"},
      {"data array", "POST", T, "{\"data\":[]}"},
      {"data string", "POST", T, "{\"data\":\"x\"}"},
      {"no type", "POST", T, "{\"data\":{\"attributes\":{}}}"},
      {"type number", "POST", T, "{\"data\":{\"type\":1,\"attributes\":{}}}"},
      {"wrong type", "POST", T, "{\"data\":{\"type\":\"threads\",\"attributes\":{}}}"},
      {"attributes array", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"attributes\":[]}}"},
      {"relationships string", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"relationships\":\"x\"}}"},
      {"channel number", "POST", T,
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":7,\"identifier\":\"31612345678\"}}}"},
      {"identifier object", "POST", T,
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\",\"identifier\":{}}}}"},
      {"chatbotPaused string", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\","
          + "\"identifier\":\"31611111111\",\"chatbotPaused\":\"yes\"}}}"},
      {"channel empty", "POST", T,
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"\",\"identifier\":\"31612345678\"}}}"},
      {"identifier letters", "POST", T,
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\",\"identifier\":\"call me\"}}}"},
      {"sendBy number", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":5,"
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"sendBy blank", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\" \","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"payload string", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":\"hi\"}}}"},
      {"payload without type", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"text\":{\"value\":\"Hi\"}}}}}"},
      {"payload unknown type", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"sticker\"}}}}"},
      {"text value number", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":3}}}}}"},
      {"text blank", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"  \"}}}}}"},
      {"text as string", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":\"Hi\"}}}}"},
      {"template components object", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"template\",\"template\":{\"id\":\"{template}\","
          + "\"components\":{}}}}}}"},
      {"template parameters string", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"template\",\"template\":{\"id\":\"{template}\","
          + "\"components\":[{\"type\":\"body\",\"parameters\":\"x\"}]}}}}}"},
      {"template component type bad", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"template\",\"template\":{\"id\":\"{template}\","
          + "\"components\":[{\"type\":\"button\",\"parameters\":[]}]}}}}}"},
      {"template parameter number", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"template\",\"template\":{\"id\":\"{template}\","
          + "\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":5}]}]}}}}}"},
      {"template id bad", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"template\",\"template\":{\"id\":\"nope\"}}}}}"},
      {"media url relative", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"image\",\"image\":{\"url\":\"/a.png\"}}}}}"},
      {"media url garbage", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"image\",\"image\":{\"url\":\"ht tp://x y\"}}}}}"},
      {"cc string", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\",\"cc\":\"a@b.co\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"cc numbers", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\",\"cc\":[1],"
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"relationship data array", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}},"
          + "\"relationships\":{\"messageThread\":{\"data\":[]}}}}"},
      {"relationship without data", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}},\"relationships\":{\"messageThread\":{}}}}"},
      {"relationship id number", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}},"
          + "\"relationships\":{\"messageThread\":{\"data\":{\"type\":\"messageThreads\",\"id\":7}}}}}"},
      {"relationship wrong type", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}},"
          + "\"relationships\":{\"messageThread\":{\"data\":{\"type\":\"candidates\",\"id\":\"{thread}\"}}}}}"},
      {"messageThreadId not uuid", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}x\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"messageThreadId number", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":12,\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"}}}}}"},
      {"candidateId not uuid", "PATCH", T + "/{thread}",
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"candidateId\":\"bob\"}}}"},
      {"candidate relationship wrong type", "PATCH", T + "/{thread}",
        "{\"data\":{\"type\":\"messageThreads\",\"relationships\":{\"candidate\":{\"data\":{\"type\":\"users\","
            + "\"id\":\"{thread}\"}}}}}"},
      {"patch identifier null", "PATCH", T + "/{thread}",
        "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"identifier\":null}}}"},
      {"patch id number", "PATCH", T + "/{thread}",
        "{\"data\":{\"type\":\"messageThreads\",\"id\":5,\"attributes\":{}}}"},
      {"patch message payload number", "PATCH", M + "/{message}",
        "{\"data\":{\"type\":\"messages\",\"attributes\":{\"payload\":5}}}"},
      {"template components string", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":\"BODY\"}}}"},
      {"template component text number", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":1}]}}}"},
      {"template example array", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
          + "\"text\":\"x\",\"example\":[]}]}}}"},
      {"template placeholder overflow", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
          + "\"text\":\"{{99999999999999999999}}\"}]}}}"},
      {"template name blank", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\" \",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"x\"}]}}}"},
      {"template status bad", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"status\":\"live\","
          + "\"components\":[{\"type\":\"BODY\",\"text\":\"x\"}]}}}"},
      // unknown members
      {"unknown top-level member", "POST", T, "{\"data\":{\"type\":\"messageThreads\"},\"extra\":1}"},
      {"unknown data member", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"extra\":1}}"},
      {"unknown attribute", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"priority\":\"high\"}}}"},
      {"unknown relationship", "POST", M, "{\"data\":{\"type\":\"messages\",\"relationships\":{\"author\":{\"data\":null}}}}"},
      {"unknown payload member", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\"},\"x\":1}}}}"},
      {"unknown text member", "POST", M, "{\"data\":{\"type\":\"messages\",\"attributes\":{\"sendBy\":\"J\","
          + "\"messageThreadId\":\"{thread}\",\"payload\":{\"type\":\"text\",\"text\":{\"value\":\"Hi\",\"bold\":true}}}}}"},
      {"unknown component member", "POST", TPL, "{\"data\":{\"type\":\"messageTemplates\",\"attributes\":{"
          + "\"name\":\"n\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
          + "\"text\":\"x\",\"buttons\":[]}]}}}"},
      {"read-only createdAt", "POST", T, "{\"data\":{\"type\":\"messageThreads\",\"attributes\":{\"channel\":\"sms\","
          + "\"identifier\":\"31611111111\",\"createdAt\":\"2024-05-07T14:20:46+00:00\"}}}"},
      {"organization token", "PATCH", B + "/organizations", "{\"data\":{\"type\":\"organizations\","
          + "\"attributes\":{\"token\":\"mine\"}}}"},
      {"organization name number", "PATCH", B + "/organizations", "{\"data\":{\"type\":\"organizations\","
          + "\"attributes\":{\"name\":5}}}"},
      {"organization webhook garbage", "PATCH", B + "/organizations", "{\"data\":{\"type\":\"organizations\","
          + "\"attributes\":{\"webhookUrl\":\"::not a url::\"}}}"},
    };
    for (String[] row : bad) {
      cases.add(Arguments.of(row[0], row[1], row[2], row[3]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void givenMalformedBody_is4xxJsonApiError(String name, String method, String path, String body) {
    Http.Response response = request(method, fill(path)).json(fill(body)).send();

    assertClientError(response);
  }

  static Stream<String> queries() {
    return Stream.of(
        // bad UUIDs in paths
        T + "/x", T + "/{thread}x", T + "/00000000-0000-0000-0000", T + "/%7Bthread%7D", M + "/'%20OR%201=1",
        M + "/" + "a".repeat(2000), TPL + "/-1", B + "/organizations/nope",
        T + "/00000000000000000000000000000000",
        // bad filters
        T + "?filter[colour]=red", T + "?filter[createdAt][gt]=yesterday", T + "?filter[created_at][gt]=2022-13-45",
        T + "?filter[chatbotPaused]=maybe", T + "?filter[id]=nope", T + "?filter[identifier][bogus]=x",
        T + "?filter=1", T + "?filter[identifier][gt][x]=1", T + "?filter[chatbot_paused][prefix]=t",
        T + "?filter[chatbotPaused][gt]=true", T + "?filter[]=x", T + "?filter[identifier]=a&filter[identifier]=b",
        M + "?filter[messageThreadId]=not-a-uuid", M + "?filter[messageThreadId]={thread},nope",
        M + "?filter[providerMessageId]=x", M + "?filter[created_at][lt]=" + "9".repeat(3000),
        // bad sorts and includes
        T + "?sort=colour", T + "?sort=", T + "?sort=-", T + "?sort=identifier,,channel", T + "?sort=candidateId",
        T + "?sort=identifier,-identifier", T + "?include=conversation", T + "?include=messages.messageThread",
        T + "/{thread}?include=candidate", M + "/{message}?include=messages", T + "/{thread}?sort=identifier",
        T + "/{thread}?filter[channel]=sms", T + "/{thread}?page[size]=2",
        // bad page parameters
        T + "?page[number]=0", T + "?page[number]=-1", T + "?page[number]=abc", T + "?page[number]=1.5",
        T + "?page[number]=99999999999", T + "?page[size]=0", T + "?page[size]=-5", T + "?page[size]=x",
        T + "?page[size]=", T + "?page[after]=garbage", T + "?page[after]=%00%01", T + "?page[before]=",
        T + "?page[foo]=1", T + "?page=1", T + "?page[after]=x&page[before]=y", T + "?page[number]=2&page[after]=",
        // unknown parameters
        T + "?fields[messageThreads]=channel", T + "?colour=red", T + "/{thread}?debug=true");
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("queries")
  void givenMalformedQueryOrPath_is4xxJsonApiError(String path) {
    Http.Response response = request("GET", fill(path)).send();

    assertClientError(response);
  }

  @Test
  void givenBadUuidsInEveryMethod_are404() {
    for (String method : List.of("GET", "PATCH", "DELETE")) {
      for (String path : List.of(T + "/nope", M + "/nope", B + "/organizations/nope")) {
        if (method.equals("DELETE") && path.contains("organizations")) {
          continue; // an organization key cannot delete its organization: 405
        }
        Http.Request request = request(method, path);
        if (method.equals("PATCH")) {
          request.json("{\"data\":{\"type\":\"messageThreads\"}}");
        }
        assertThat(request.send().status()).as(method + " " + path).isEqualTo(404);
      }
    }
  }

  @Test
  void givenHugeStrings_are4xx() {
    String huge = "9".repeat(500_000);

    Http.Response identifier = post(T, """
        {"data":{"type":"messageThreads","attributes":{"channel":"sms","identifier":"%s"}}}""".formatted(huge));
    Http.Response channel = post(T, """
        {"data":{"type":"messageThreads","attributes":{"channel":"%s","identifier":"31612345678"}}}""".formatted(huge));
    Http.Response text = post(M, """
        {"data":{"type":"messages","attributes":{"sendBy":"J","messageThreadId":"%s",
          "payload":{"type":"text","text":{"value":"%s"}}}}}""".formatted(thread, huge));
    Http.Response key = post(T, """
        {"data":{"type":"messageThreads","attributes":{"%s":1}}}""".formatted(huge));

    assertClientError(identifier);
    assertClientError(channel);
    assertClientError(text);
    assertClientError(key);
  }

  @Test
  void givenInvalidUtf8_is400() {
    byte[] body = VALID_THREAD.getBytes(StandardCharsets.UTF_8);
    body[40] = (byte) 0xC3;
    body[41] = (byte) 0x28;

    assertClientError(request("POST", T).body(body).header("Content-Type", Http.MEDIA_TYPE).send());
  }
}
