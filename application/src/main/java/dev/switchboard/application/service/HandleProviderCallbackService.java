package dev.switchboard.application.service;

import dev.switchboard.application.port.in.HandleProviderCallbackUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.application.port.in.RecordStatusUpdateUseCase;
import dev.switchboard.application.port.out.CallbackOutcome;
import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.ProviderClient;
import dev.switchboard.application.port.out.ProviderFact;
import dev.switchboard.domain.connection.ChannelConnection;
import java.util.Optional;

/**
 * Applies a provider's callback to the organization that owns the channel named in its URL, and to no other: facts
 * are recorded with the channel's organization, so a status naming another organization's message finds nothing.
 * Repeated callbacks are safe (inbound messages are recognised by their provider id, statuses by the status table).
 * A status for a message whose provider id is not stored yet (the callback overtook the dispatcher's commit) is
 * counted as unmatched; providers usually report the next status later anyway.
 */
final class HandleProviderCallbackService implements HandleProviderCallbackUseCase {

  private final ChannelConnectionRepository channels;
  private final ProviderClient providers;
  private final RecordInboundMessageUseCase inbound;
  private final RecordStatusUpdateUseCase statuses;

  HandleProviderCallbackService(
      ChannelConnectionRepository channels,
      ProviderClient providers,
      RecordInboundMessageUseCase inbound,
      RecordStatusUpdateUseCase statuses) {
    this.channels = channels;
    this.providers = providers;
    this.inbound = inbound;
    this.statuses = statuses;
  }

  @Override
  public Result handle(Command command) {
    Optional<ChannelConnection> connection = channels.findForCallback(command.channelId())
        .map(channel -> channel.connection())
        .filter(found -> found.provider() == command.provider());
    if (connection.isEmpty()) {
      return new Result.UnknownChannel();
    }
    return switch (providers.interpret(connection.get(), command.callback())) {
      case CallbackOutcome.Challenge challenge -> new Result.Challenge(challenge.responseBody());
      case CallbackOutcome.Rejected rejected -> new Result.Rejected(rejected.httpStatus(), rejected.reason());
      case CallbackOutcome.Facts facts -> apply(connection.get(), facts);
    };
  }

  private Result apply(ChannelConnection connection, CallbackOutcome.Facts facts) {
    int inboundCount = 0;
    int statusCount = 0;
    int unmatched = 0;
    for (ProviderFact fact : facts.facts()) {
      switch (fact) {
        case ProviderFact.Inbound message -> {
          inbound.record(new RecordInboundMessageUseCase.Command(
              connection.organizationId(),
              connection.platform(),
              message.from(),
              message.senderName().orElse(message.from()),
              message.payload(),
              message.headers(),
              Optional.of(message.providerMessageId()),
              message.receivedAt()));
          inboundCount++;
        }
        case ProviderFact.Status status -> {
          var result = statuses.record(new RecordStatusUpdateUseCase.Command(
              connection.organizationId(), status.providerMessageId(), status.update()));
          statusCount++;
          if (result instanceof RecordStatusUpdateUseCase.Result.MessageNotFound) {
            unmatched++;
          }
        }
      }
    }
    CallbackOutcome.Acknowledgement answer = facts.acknowledgement();
    return new Result.Applied(answer.contentType(), answer.body(), inboundCount, statusCount, unmatched);
  }
}
