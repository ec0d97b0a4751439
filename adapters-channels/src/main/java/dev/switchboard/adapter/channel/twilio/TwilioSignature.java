package dev.switchboard.adapter.channel.twilio;

import dev.switchboard.adapter.channel.internal.Signatures;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code X-Twilio-Signature}: Base64 of HMAC-SHA1 keyed with the auth token over the full URL Twilio called followed
 * by every POST parameter, sorted by name, as name then value (a repeated name: each distinct value once, sorted, as
 * Twilio's SDK validators do). Like those validators, the URL is also tried without its port and with the scheme's
 * default port, since proxies disagree on it.
 */
final class TwilioSignature {

  private TwilioSignature() {}

  static String sign(String authToken, String url, Map<String, List<String>> parameters) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(parameters).forEach((name, values) ->
        new TreeSet<>(values).forEach(value -> data.append(name).append(value)));
    return Base64.getEncoder().encodeToString(
        Signatures.hmac("HmacSHA1", authToken, data.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static boolean matches(String authToken, String url, Map<String, List<String>> parameters, String signature) {
    byte[] given = signature.getBytes(StandardCharsets.UTF_8);
    boolean matched = false;
    for (String candidate : urlVariants(url)) {
      // Every variant is checked so the time taken does not say which one matched.
      matched |= Signatures.constantTimeEquals(sign(authToken, candidate, parameters).getBytes(StandardCharsets.UTF_8), given);
    }
    return matched;
  }

  /** The URL as given, without its port, and with the scheme's default port, as Twilio's own validators try. */
  static List<String> urlVariants(String url) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(url);
    try {
      URI uri = new URI(url);
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
      if (defaultPort > 0 && uri.getHost() != null) {
        variants.add(withPort(uri, -1));
        variants.add(withPort(uri, defaultPort));
      }
    } catch (URISyntaxException e) {
      // Only the URL as given.
    }
    return new ArrayList<>(variants);
  }

  /** The URL with another port (-1: none), every other part kept exactly as it was encoded. */
  private static String withPort(URI uri, int port) {
    StringBuilder url = new StringBuilder(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      url.append(uri.getRawUserInfo()).append('@');
    }
    url.append(uri.getHost());
    if (port != -1) {
      url.append(':').append(port);
    }
    url.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      url.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      url.append('#').append(uri.getRawFragment());
    }
    return url.toString();
  }
}
