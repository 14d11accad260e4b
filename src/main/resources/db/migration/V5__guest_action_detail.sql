-- Snapshot and backup tasks run through the same claim, audit and follow path as power actions; they
-- name what they act on: the snapshot for create/rollback/delete, the target storage for a backup.
alter table guest_action add column detail varchar(128);
alter table guest_action alter column action set data type varchar(24);
