-- Runs on PostgreSQL and on H2 in PostgreSQL mode; ${identity_cache} is 1000 on H2 and 1 (the default) on PostgreSQL,
-- see Database. The outbox, the delivery queue and the status history read these seq columns in order, which both
-- databases keep: H2's cache belongs to the one sequence, so values still come out in the order rows are inserted
-- (a restart skips the unused rest of a cache, leaving a gap).
ALTER TABLE message_status_history ALTER COLUMN seq SET CACHE ${identity_cache};
ALTER TABLE delivery_jobs ALTER COLUMN seq SET CACHE ${identity_cache};
ALTER TABLE events ALTER COLUMN seq SET CACHE ${identity_cache};
ALTER TABLE delivery_heads ALTER COLUMN seq SET CACHE ${identity_cache};
