-- Accepting a message writes its status history row and its delivery job in the same transaction as the message.
-- Their foreign keys to messages made PostgreSQL check and lock the new message row once more for each of them, the
-- largest cost of an accept after the message itself. Nothing else inserts these rows for a message that might not
-- exist, so the repositories now delete them with their message, thread or organization instead of a cascade.
ALTER TABLE message_status_history DROP CONSTRAINT message_status_history_message_fk;
ALTER TABLE delivery_jobs DROP CONSTRAINT delivery_jobs_message_fk;
