package dev.switchboard.adapter.channel.twilio;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded} both ways, keeping repeated names. */
final class TwilioForms {

  private TwilioForms() {}

  static String encode(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Names in order of first appearance, each with its values in order; throws on bad percent-encoding. */
  static Map<String, List<String>> decode(String body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (body.isBlank()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      fields.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
    }
    return fields;
  }
}
