package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.OrganizationDataEraser;
import dev.switchboard.domain.organization.OrganizationId;
import java.util.List;

/**
 * Deletes an organization's rows from the messaging tables, children first, in the caller's transaction. A table
 * added later that carries {@code organization_id} belongs in {@link #TABLES} too.
 */
final class JdbiOrganizationDataEraser implements OrganizationDataEraser {

  /**
   * In deletion order: messages before their history and jobs, which no cascade reaches (see JdbiMessageRepository),
   * and before delivery_heads, the order in which a delivery worker locks them (see JdbiDeliveryQueue).
   */
  static final List<String> TABLES = List.of("messages", "message_status_history", "delivery_jobs", "delivery_heads",
      "threads", "templates", "events", "channel_connections", "webhook_deliveries", "webhooks");

  private final JdbiTransactions transactions;

  JdbiOrganizationDataEraser(JdbiTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void eraseAll(OrganizationId organization) {
    transactions.atomically(handle -> {
      for (String table : TABLES) {
        handle.createUpdate("DELETE FROM " + table + " WHERE organization_id = :org")
            .bind("org", organization.value())
            .execute();
      }
      return null;
    });
  }
}
