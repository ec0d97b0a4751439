package dev.switchboard.application.inmemory;

import dev.switchboard.application.port.out.ChannelConnectionRepository;
import dev.switchboard.application.port.out.DeliveryQueue;
import dev.switchboard.application.port.out.MessageRepository;
import dev.switchboard.application.port.out.MessageTemplateRepository;
import dev.switchboard.application.port.out.MessageThreadRepository;
import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.application.query.ListQuery;
import dev.switchboard.application.query.PageRequest;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Erases an organization's messaging data through the repositories' own ports, page by page: messages (with their
 * delivery jobs), threads, templates, channels, webhooks and their log. Recorded events stay in the in-memory log, which only ever grows; nothing
 * reads them for an organization that no longer exists.
 */
public final class InMemoryOrganizationDataEraser implements OrganizationDataEraser {

  private final InMemoryTransactions transactions;
  private final MessageThreadRepository threads;
  private final MessageRepository messages;
  private final MessageTemplateRepository templates;
  private final DeliveryQueue deliveryQueue;
  private final ChannelConnectionRepository channels;
  private final OrganizationDataEraser webhooks;

  public InMemoryOrganizationDataEraser(
      InMemoryTransactions transactions,
      MessageThreadRepository threads,
      MessageRepository messages,
      MessageTemplateRepository templates,
      DeliveryQueue deliveryQueue,
      ChannelConnectionRepository channels,
      OrganizationDataEraser webhooks) {
    this.transactions = transactions;
    this.channels = channels;
    this.threads = threads;
    this.messages = messages;
    this.templates = templates;
    this.deliveryQueue = deliveryQueue;
    this.webhooks = webhooks;
  }

  @Override
  public void eraseAll(OrganizationId organization) {
    transactions.inTransaction(() -> {
      eraseInPages(() -> messages.list(organization, largestPage()).items(), message -> {
        deliveryQueue.cancel(organization, message.id());
        messages.delete(organization, message.id());
      });
      eraseInPages(() -> threads.list(organization, largestPage()).items(), thread -> threads.delete(organization, thread.id()));
      eraseInPages(
          () -> templates.list(organization, largestPage()).items(), template -> templates.delete(organization, template.id()));
      channels.list(organization).forEach(channel -> channels.delete(organization, channel.id()));
      webhooks.eraseAll(organization);
      return null;
    });
  }

  private static <T> void eraseInPages(Supplier<List<T>> firstPage, Consumer<T> erase) {
    for (List<T> page = firstPage.get(); !page.isEmpty(); page = firstPage.get()) {
      page.forEach(erase);
    }
  }

  private static <T> ListQuery<T> largestPage() {
    return new ListQuery<>(List.of(), List.of(), new PageRequest.Numbered(1, PageRequest.MAX_SIZE));
  }
}
