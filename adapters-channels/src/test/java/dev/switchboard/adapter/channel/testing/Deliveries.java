package dev.switchboard.adapter.channel.testing;

import dev.switchboard.application.port.out.ChannelGateway.Delivery;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.MessagePayload;
import dev.switchboard.domain.template.MessageTemplate;
import dev.switchboard.domain.testing.Ids;
import dev.switchboard.domain.testing.Messages;
import dev.switchboard.domain.testing.Threads;
import dev.switchboard.domain.testing.Times;
import java.util.Optional;

/** Deliveries on the usual test threads (phone {@code 31612345678}, email {@code jane.doe@example.com}). */
public final class Deliveries {

  private Deliveries() {}

  public static Delivery of(Channel channel, MessagePayload payload) {
    return new Delivery(Messages.acceptedOutbound(channel, payload), Threads.on(channel), Optional.empty());
  }

  public static Delivery template(Channel channel, MessageTemplate template, MessagePayload payload) {
    return new Delivery(Messages.acceptedOutbound(channel, payload), Threads.on(channel), Optional.of(template));
  }

  public static Delivery email(MessagePayload payload, EmailHeaders headers) {
    Message message = Message.accept(
        Ids.MESSAGE, Ids.ORGANIZATION, Threads.email().id(), Channel.EMAIL, Messages.SEND_BY, payload, headers,
        Times.NOW);
    return new Delivery(message, Threads.email(), Optional.empty());
  }

  public static Delivery emailTemplate(MessageTemplate template, MessagePayload payload, EmailHeaders headers) {
    Message message = Message.accept(
        Ids.MESSAGE, Ids.ORGANIZATION, Threads.email().id(), Channel.EMAIL, Messages.SEND_BY, payload, headers,
        Times.NOW);
    return new Delivery(message, Threads.email(), Optional.of(template));
  }
}
