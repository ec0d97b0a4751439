-- Tenancy: organizations, their API keys (hashes only) and idempotency keys. Runs unchanged on PostgreSQL and on
-- H2 in PostgreSQL mode; ${text_collation} as in V1.
-- The messaging tables of V1 carry organization_id without a foreign key to organizations: deleting an organization
-- erases their rows explicitly (JdbiOrganizationDataEraser), in the same transaction.

CREATE TABLE organizations (
    id             UUID                     NOT NULL,
    name           VARCHAR(255)${text_collation} NOT NULL,
    webhook_url    VARCHAR(2048),
    webhook_secret VARCHAR(255),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organizations_pk PRIMARY KEY (id)
);
CREATE INDEX organizations_created_idx ON organizations (created_at, id);
CREATE INDEX organizations_updated_idx ON organizations (updated_at, id);
CREATE INDEX organizations_name_idx ON organizations (name, id);

-- Organizations as the shared SQL listing sees them: it scopes every listing by organization_id, and the list of
-- organizations is one scope of its own, so every row gets the same constant (the nil UUID).
CREATE VIEW organizations_listing AS
    SELECT CAST('00000000-0000-0000-0000-000000000000' AS UUID) AS organization_id,
           id, name, webhook_url, webhook_secret, created_at, updated_at
    FROM organizations;

-- API keys, only as the lower-case hex SHA-256 of the key. An owner is an organization or the management side.
CREATE TABLE api_keys (
    key_hash        CHAR(64)                 NOT NULL,
    owner_kind      VARCHAR(16)              NOT NULL,
    organization_id UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_keys_pk PRIMARY KEY (key_hash),
    CONSTRAINT api_keys_owner_check CHECK (
        (owner_kind = 'organization' AND organization_id IS NOT NULL)
        OR (owner_kind = 'management' AND organization_id IS NULL)),
    CONSTRAINT api_keys_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organizations (id) ON DELETE CASCADE
);
CREATE INDEX api_keys_organization_idx ON api_keys (organization_id);
CREATE INDEX api_keys_owner_idx ON api_keys (owner_kind);

-- Idempotency-Key claims: in progress until the response columns are set. The primary key makes a claim atomic.
CREATE TABLE idempotency_keys (
    organization_id       UUID                     NOT NULL,
    idempotency_key       VARCHAR(255)             NOT NULL,
    fingerprint           VARCHAR(255)             NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status       INTEGER,
    response_content_type VARCHAR(255),
    response_location     VARCHAR(2048),
    response_body         VARCHAR,
    CONSTRAINT idempotency_keys_pk PRIMARY KEY (organization_id, idempotency_key),
    CONSTRAINT idempotency_keys_organization_fk FOREIGN KEY (organization_id)
        REFERENCES organizations (id) ON DELETE CASCADE
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
