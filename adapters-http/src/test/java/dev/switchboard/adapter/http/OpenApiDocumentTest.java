package dev.switchboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.operations.OperationsHandlers;
import dev.switchboard.adapter.http.testing.InMemoryBackend;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** openapi.json describes exactly the routes HttpApi registers: none missing, none extra. */
class OpenApiDocumentTest {

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

  @Test
  void givenRouteTable_everyRouteIsDocumented_andEveryDocumentedRouteExists() throws Exception {
    HttpApi api = HttpApi.create(
        HttpConfig.onPort(0),
        InMemoryBackend.create().useCases(),
        ReadinessCheck.alwaysReady(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    Set<String> registered = new TreeSet<>();
    api.endpoints().forEach(endpoint -> registered.add(endpoint.method() + " " + endpoint.path()));

    JsonNode document = new ObjectMapper().readTree(OperationsHandlers.loadOpenApi());
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (Iterator<String> methods = document.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }

    assertThat(documented).as("documented routes").containsExactlyElementsOf(registered);
    assertThat(registered).hasSize(43);
  }

  @Test
  void givenDocument_itIsOpenApi31_andEveryOperationHasResponsesAndAnId() throws Exception {
    JsonNode document = new ObjectMapper().readTree(OperationsHandlers.loadOpenApi());
    Set<String> operationIds = new TreeSet<>();

    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    document.get("paths").forEach(item -> item.properties().forEach(entry -> {
      if (METHODS.contains(entry.getKey())) {
        assertThat(entry.getValue().get("responses")).isNotNull();
        assertThat(operationIds.add(entry.getValue().get("operationId").asText())).isTrue();
      }
    }));
  }

  @Test
  void givenDocument_everyReferenceResolves() throws Exception {
    JsonNode document = new ObjectMapper().readTree(OperationsHandlers.loadOpenApi());
    Set<String> references = new TreeSet<>();
    collect(document, references);

    assertThat(references).isNotEmpty().allSatisfy(reference ->
        assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
  }

  private static void collect(JsonNode node, Set<String> references) {
    if (node.isObject() && node.has("$ref")) {
      references.add(node.get("$ref").asText());
    }
    node.forEach(child -> collect(child, references));
  }
}
