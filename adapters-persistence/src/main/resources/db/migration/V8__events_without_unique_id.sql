-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Events are found by seq (the outbox claim, the webhook deliveries' join), never by id, and their ids come from the
-- id source (UUIDv7), so the unique index on id only cost every recorded event one more index entry.
ALTER TABLE events DROP CONSTRAINT events_id_key;
