-- How healthy the last reads were, so pages can tell "retrying" from "failing", show what a node or a guest
-- did not answer (PVE's own words), and say when the token saw guests but no nodes (docs/polling.md).
alter table poll_endpoint add column failed_cycles int default 0 not null;
alter table poll_endpoint add column nodes_hidden boolean default false not null;
alter table poll_node add column status_error varchar(512);
alter table poll_guest add column config_error varchar(512);
