package dev.switchboard.adapter.http.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.jsonapi.JsonApi;
import dev.switchboard.adapter.http.jsonapi.ResourceObject;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.connection.RegisteredChannel;
import java.net.URI;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The web model of a channel: {@code type: channels}. Credentials are write-only: only their names appear (as
 * {@code configuredCredentials}), never a value. {@code callbackUrl} is where the provider must send its webhooks.
 */
public final class ChannelView {

  public static final String TYPE = "channels";
  public static final String PATH = JsonApi.BASE_PATH + "/channels";

  private ChannelView() {}

  public static String location(RegisteredChannel channel) {
    return PATH + "/" + channel.id();
  }

  /** {@code publicBaseUrl} is where providers reach this server, without a trailing slash. */
  public static ResourceObject from(RegisteredChannel channel, String publicBaseUrl) {
    ChannelConnection connection = channel.connection();
    ObjectNode attributes = JsonApi.object();
    attributes.put("createdAt", JsonApi.timestamp(connection.createdAt()));
    attributes.put("updatedAt", JsonApi.timestamp(connection.updatedAt()));
    attributes.put("platform", connection.platform().wireName());
    attributes.put("provider", connection.provider().wireName());
    ObjectNode settings = attributes.putObject("settings");
    new TreeMap<>(connection.settings()).forEach(settings::put);
    ArrayNode credentialNames = attributes.putArray("configuredCredentials");
    new TreeSet<>(connection.credentials().keySet()).forEach(credentialNames::add);
    attributes.put("apiBaseUrl", connection.apiBaseUrl().map(URI::toString).orElse(null));
    attributes.put("isDefault", channel.isDefault());
    attributes.put("callbackUrl", callbackUrl(channel, publicBaseUrl));
    return new ResourceObject(TYPE, channel.id().toString(), attributes, java.util.Optional.empty(), location(channel));
  }

  /** {@code {publicBaseUrl}/providers/{provider}/{channelId}}, as the provider callback route expects it. */
  public static String callbackUrl(RegisteredChannel channel, String publicBaseUrl) {
    return publicBaseUrl + "/providers/" + channel.connection().provider().wireName() + "/" + channel.id();
  }
}
