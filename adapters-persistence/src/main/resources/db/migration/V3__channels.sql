-- Channels (provider connections) and per-thread delivery order. Runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode; ${text_collation} as in V1.

-- settings: JSON object of the non-secret sender identity. credentials: AES-256-GCM sealed JSON object
-- ("v1:" + base64(nonce || ciphertext || tag), the row's ids as associated data, so a sealed value cannot be moved to
-- another row), NULL when the provider needs none (the sandbox). default_platform is the platform when the channel is
-- its organization's default for it and NULL otherwise: the unique key then allows one default per platform, and
-- any number of other channels (NULLs never collide).
CREATE TABLE channel_connections (
    id               UUID                     NOT NULL,
    organization_id  UUID                     NOT NULL,
    platform         VARCHAR(16)${text_collation} NOT NULL,
    provider         VARCHAR(32)${text_collation} NOT NULL,
    settings         VARCHAR                  NOT NULL,
    credentials      VARCHAR,
    api_base_url     VARCHAR(2048),
    default_platform VARCHAR(16)${text_collation},
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT channel_connections_pk PRIMARY KEY (id),
    CONSTRAINT channel_connections_organization_id_key UNIQUE (organization_id, id),
    CONSTRAINT channel_connections_default_key UNIQUE (organization_id, default_platform)
);
CREATE INDEX channel_connections_created_idx ON channel_connections (organization_id, created_at, id);

-- Organizations created before channels existed get what new ones get: one default sandbox channel per platform.
INSERT INTO channel_connections
    (id, organization_id, platform, provider, settings, credentials, api_base_url, default_platform, created_at,
     updated_at)
SELECT gen_random_uuid(), o.id, p.platform, 'sandbox', '{}', NULL, NULL, p.platform, o.created_at, o.created_at
FROM organizations o
CROSS JOIN (SELECT 'whatsapp' AS platform UNION ALL SELECT 'sms' UNION ALL SELECT 'email') p;

-- A claim takes only the oldest job of each thread (see JdbiDeliveryQueue), which needs the thread on the job.
ALTER TABLE delivery_jobs ADD COLUMN thread_id UUID;
UPDATE delivery_jobs SET thread_id = (
    SELECT m.thread_id FROM messages m
    WHERE m.organization_id = delivery_jobs.organization_id AND m.id = delivery_jobs.message_id);
CREATE INDEX delivery_jobs_thread_idx ON delivery_jobs (thread_id, seq);
