-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- messages kept a unique key on (organization_id, id) as the target of the history's and the jobs' foreign keys,
-- which V6 dropped. The primary key on id already makes the pair unique, and every lookup by the pair uses the
-- primary key, so the second index only cost each accepted message one more index entry.
ALTER TABLE messages DROP CONSTRAINT messages_organization_id_key;
