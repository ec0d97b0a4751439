package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.CreateThreadUseCase;
import dev.switchboard.application.port.in.RecordInboundMessageUseCase;
import dev.switchboard.application.port.in.SendMessageUseCase;
import dev.switchboard.application.service.MessagingCore;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.message.DeliveryStatus;
import dev.switchboard.domain.message.EmailHeaders;
import dev.switchboard.domain.message.Message;
import dev.switchboard.domain.message.TextPayload;
import dev.switchboard.domain.organization.OrganizationId;
import dev.switchboard.domain.thread.MessageThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the README's embedding example, and checks the README shows exactly this code. */
class EmbeddingExampleTest {

  private static final Path SOURCE = Path.of("src/test/java/dev/switchboard/bootstrap/EmbeddingExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theReadmeExampleDeliversATextThroughTheSandbox() throws InterruptedException {
    Message delivered = runReadmeExample();

    assertThat(delivered.deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivered.providerMessageId()).hasValueSatisfying(id -> assertThat(id).startsWith("sandbox-"));
  }

  @Test
  void theReadmeShowsTheCodeThisTestRuns() throws IOException {
    List<String> example = between(Files.readAllLines(SOURCE), "// README example: start", "// README example: end");

    String readme = Files.readString(README);

    assertThat(example).hasSizeGreaterThan(10);
    assertThat(readme).contains(String.join("\n", example));
  }

  private static List<String> between(List<String> lines, String start, String end) {
    int from = lines.indexOf(lines.stream().filter(line -> line.strip().equals(start)).findFirst().orElseThrow());
    int to = lines.indexOf(lines.stream().filter(line -> line.strip().equals(end)).findFirst().orElseThrow());
    String indent = lines.get(from).substring(0, lines.get(from).indexOf('/'));
    return lines.subList(from + 1, to).stream()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .toList();
  }

  private static Message runReadmeExample() throws InterruptedException {
    // README example: start
    OrganizationId organization = new OrganizationId(UUID.randomUUID());
    try (Switchboard switchboard = Switchboard.builder().build()) {
      switchboard.start();
      MessagingCore core = switchboard.useCases();

      var created = core.createThread().create(new CreateThreadUseCase.Command(
          organization, Channel.WHATSAPP, "+31 6 1234 5678", false, Optional.empty()));
      if (!(created instanceof CreateThreadUseCase.Result.Created(MessageThread thread))) {
        throw new IllegalStateException("thread not created: " + created);
      }

      // The candidate writes first, which opens WhatsApp's 24-hour service window.
      core.recordInboundMessage().record(new RecordInboundMessageUseCase.Command(
          organization, Channel.WHATSAPP, "31612345678", "Candidate",
          new TextPayload("Hi, is the job still open?"), EmailHeaders.NONE,
          Optional.of("wamid.inbound-1"), Instant.now()));

      var sent = core.sendMessage().send(SendMessageUseCase.Command.of(
          organization, thread.id(), "Recruiter", new TextPayload("Yes! When can we talk?")));
      if (!(sent instanceof SendMessageUseCase.Result.Accepted(Message message))) {
        throw new IllegalStateException("message refused: " + sent);
      }

      // The sandbox takes the message, then reports it delivered.
      Message current = message;
      while (current.deliveryStatus() != DeliveryStatus.DELIVERED) {
        Thread.sleep(50);
        current = core.getMessage().get(organization, message.id()).orElseThrow();
      }
      return current;
    }
    // README example: end
  }
}
