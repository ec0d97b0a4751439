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

/**
 * {@code X-Twilio-Signature}: Base64 of HMAC-SHA1 keyed with the auth token over the full URL Twilio called followed
 * by every POST parameter, sorted by name, as name then value (repeated names: values sorted too). Like Twilio's own
 * validators, the URL is also tried with the default port added or removed, since proxies disagree on it.
 */
final class TwilioSignature {

  private TwilioSignature() {}

  static String sign(String authToken, String url, Map<String, List<String>> parameters) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(parameters).forEach((name, values) -> values.stream().sorted().forEach(value -> data.append(name).append(value)));
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

  static List<String> urlVariants(String url) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(url);
    try {
      URI uri = new URI(url);
      int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
      if (defaultPort > 0 && uri.getHost() != null) {
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort() == defaultPort ? -1 : uri.getPort();
        StringBuilder other = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
          other.append(uri.getRawUserInfo()).append('@');
        }
        other.append(uri.getHost());
        if (port != -1) {
          other.append(':').append(port);
        }
        other.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
          other.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
          other.append('#').append(uri.getRawFragment());
        }
        variants.add(other.toString());
      }
    } catch (URISyntaxException e) {
      // Only the URL as given.
    }
    return new ArrayList<>(variants);
  }
}
