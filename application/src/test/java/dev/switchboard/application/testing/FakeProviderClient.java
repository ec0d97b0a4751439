package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelGateway;
import dev.switchboard.application.provider.ProviderCallback;
import dev.switchboard.application.port.out.ProviderClient;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.StatusUpdate;
import dev.switchboard.domain.message.TextPayload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provider for tests of the channel registry and the callback route, with a wire format of its own that is easy to
 * write by hand. Sends go to a {@link FakeChannelGateway} (recorded, scripted). A callback is genuine when its
 * {@value #SIGNATURE_HEADER} header equals {@value #VALID_SIGNATURE}; a GET with {@code challenge=x} answers
 * {@code x}; a POST body holds one fact per line: {@code status <providerMessageId> delivered|read} or
 * {@code inbound <from> <providerMessageId> <text...>}.
 */
public final class FakeProviderClient implements ProviderClient {

  public static final String SIGNATURE_HEADER = "X-Fake-Signature";
  public static final String VALID_SIGNATURE = "valid";

  private final FakeChannelGateway gateway;
  private final List<ChannelConnection> usedConnections = new ArrayList<>();

  public FakeProviderClient(FakeChannelGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public synchronized ChannelGateway.SendOutcome send(ChannelConnection connection, ChannelGateway.Delivery delivery) {
    usedConnections.add(connection);
    return gateway.send(delivery);
  }

  /** The connections messages were sent through, in order. */
  public synchronized List<ChannelConnection> usedConnections() {
    return List.copyOf(usedConnections);
  }

  @Override
  public CallbackOutcome interpret(ChannelConnection connection, ProviderCallback callback) {
    if (callback.method().equals("GET")) {
      return callback.queryParameter("challenge")
          .<CallbackOutcome>map(CallbackOutcome.Challenge::new)
          .orElseGet(() -> new CallbackOutcome.Rejected(400, "no challenge"));
    }
    if (!callback.header(SIGNATURE_HEADER).equals(Optional.of(VALID_SIGNATURE))) {
      return new CallbackOutcome.Rejected(401, "bad or missing fake signature");
    }
    List<ProviderFact> facts = new ArrayList<>();
    for (String line : callback.bodyAsString().split("\n")) {
      String[] words = line.strip().split(" ", 4);
      if (words.length >= 3 && words[0].equals("status")) {
        StatusUpdate update = words[2].equals("read") ? StatusUpdate.READ : StatusUpdate.DELIVERED;
        facts.add(new ProviderFact.Status(words[1], update, Instant.EPOCH));
      } else if (words.length == 4 && words[0].equals("inbound")) {
        facts.add(new ProviderFact.Inbound(
            words[1], Optional.empty(), new TextPayload(words[3]), EmailHeaders.NONE, words[2], Instant.now()));
      } else if (!line.isBlank()) {
        return new CallbackOutcome.Rejected(400, "unreadable fake callback line");
      }
    }
    return new CallbackOutcome.Facts(facts);
  }
}
