-- Webhooks: subscriptions, and their deliveries (the send queue and the webhook log in one). Runs unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode; ${text_collation} as in V1.

-- The outbox gets its processed marker. Events recorded before this version count as processed: no webhook existed
-- to want them. New events start unprocessed.
ALTER TABLE events ADD COLUMN processed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE events ALTER COLUMN processed SET DEFAULT FALSE;
-- Fan-out claims the oldest unprocessed events.
CREATE INDEX events_unprocessed_idx ON events (processed, seq);

CREATE TABLE webhooks (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    resource        VARCHAR(32)${text_collation} NOT NULL,
    event           VARCHAR(16)${text_collation} NOT NULL,
    fields          VARCHAR                  NOT NULL, -- JSON array of attribute names; empty: every update
    url             VARCHAR(2048),                      -- NULL: the organization's webhook URL
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhooks_pk PRIMARY KEY (id),
    CONSTRAINT webhooks_organization_id_key UNIQUE (organization_id, id)
);
CREATE INDEX webhooks_match_idx ON webhooks (organization_id, resource, event);
CREATE INDEX webhooks_created_idx ON webhooks (organization_id, created_at, id);

-- One row per event and webhook. Pending rows are the queue (claimed by next_attempt_at under a lease); every row
-- is a log entry. event_seq points into events, whose payload is the resource to post; deliveries of one resource
-- to one webhook go out in event_seq order.
CREATE TABLE webhook_deliveries (
    id              UUID                     NOT NULL,
    organization_id UUID                     NOT NULL,
    webhook_id      UUID                     NOT NULL,
    event           VARCHAR(16)${text_collation} NOT NULL,
    resource_type   VARCHAR(32)${text_collation} NOT NULL,
    resource_id     UUID                     NOT NULL,
    event_seq       BIGINT                   NOT NULL,
    status          VARCHAR(16)${text_collation} NOT NULL,
    attempts        VARCHAR                  NOT NULL, -- JSON array: time, status code and body excerpt, or reason
    next_attempt_at TIMESTAMP WITH TIME ZONE,          -- set exactly when pending
    redelivery      BOOLEAN                  NOT NULL, -- a person asked for one more attempt, without retries
    leased_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT webhook_deliveries_pk PRIMARY KEY (id),
    CONSTRAINT webhook_deliveries_organization_id_key UNIQUE (organization_id, id),
    CONSTRAINT webhook_deliveries_pending_check CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (status, next_attempt_at, event_seq);
-- "Is an earlier delivery of this resource to this webhook still pending?"
CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (webhook_id, resource_id, status, event_seq);
CREATE INDEX webhook_deliveries_created_idx ON webhook_deliveries (organization_id, created_at, id);
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (organization_id, webhook_id, id);
