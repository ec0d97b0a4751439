package dev.switchboard.adapter.http.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go. Only http(s); and unless private targets are allowed, no address a tenant could use to
 * reach the gateway's own network (SSRF): loopback, link-local (cloud metadata services live there), private
 * (RFC 1918, fc00::/7, site-local), carrier-grade NAT, unspecified and multicast. The check runs on every attempt
 * against what the host resolves to then, so a DNS name that later points inward is caught.
 *
 * <p>The HTTP client resolves the name again when it connects; a resolver that answers differently within those
 * milliseconds (DNS rebinding with a zero TTL) is not caught here. Deployments that need that too should send
 * webhooks through an egress proxy that enforces the same rule.
 */
final class TargetAddresses {

  /** Resolves a host name to all its addresses; tests substitute their own. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  static final Resolver SYSTEM = InetAddress::getAllByName;

  private final boolean allowPrivate;
  private final Resolver resolver;

  TargetAddresses(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /** Why {@code target} may not be posted to; empty when it may. */
  Optional<String> refusal(URI target) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("refused: webhook URLs must be http or https");
    }
    String host = target.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("refused: the webhook URL has no host");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("cannot resolve host " + host);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return Optional.of("refused: " + host + " resolves to " + address.getHostAddress()
            + ", a loopback, link-local or private address (SWITCHBOARD_WEBHOOK_ALLOW_PRIVATE_TARGETS=true allows it)");
      }
    }
    return Optional.empty();
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first == 0 // "this network", 0.0.0.0/8
          || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64.0.0/10
          || first >= 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address v6) {
      boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc; // fc00::/7
      return uniqueLocal || v6.isIPv4CompatibleAddress() && isInternal(embeddedIpv4(bytes));
    }
    return false;
  }

  private static InetAddress embeddedIpv4(byte[] v6) {
    try {
      return InetAddress.getByAddress(new byte[] {v6[12], v6[13], v6[14], v6[15]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are an IPv4 address", e);
    }
  }
}
