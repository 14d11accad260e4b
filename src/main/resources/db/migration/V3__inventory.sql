-- What the poller last read from PVE. Times are UTC. A failed read never deletes rows: pages keep showing
-- the last known values with their as_of, so nothing unknown turns into zero or an empty list.
create table poll_endpoint (
    id               int primary key,
    last_good_at     timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    interval_ms      bigint not null,
    error_kind       varchar(32),
    error_message    varchar(1024),
    last_sweep_at    timestamp with time zone
);
insert into poll_endpoint (id, interval_ms) values (1, 10000);

create table poll_node (
    node         varchar(64) primary key,
    online       boolean not null,
    cpu          double precision,
    cpu_model    varchar(256),
    sockets      int,
    cores        int,
    threads      int,
    mem_used     bigint,
    mem_total    bigint,
    swap_used    bigint,
    swap_total   bigint,
    root_used    bigint,
    root_total   bigint,
    loadavg      varchar(64),
    uptime       bigint,
    pve_version  varchar(256),
    kernel       varchar(256),
    as_of        timestamp with time zone
);

create table poll_guest (
    vmid           int primary key,
    type           varchar(8)  not null,
    node           varchar(64) not null,
    name           varchar(128),
    status         varchar(32) not null,
    cpu            double precision,
    cpus           int,
    mem            bigint,
    maxmem         bigint,
    uptime         bigint,
    tags           varchar(1024),
    lock_name      varchar(32),
    template       boolean not null,
    as_of          timestamp with time zone not null,
    -- config summary (GET .../config), read only when new, changed, active, or in the 6-hourly sweep
    config_due     boolean not null default true,
    cores          int,
    sockets        int,
    memory_mib     bigint,
    disks          varchar(8192),
    nics           varchar(8192),
    onboot         boolean,
    startup_order  int,
    protection     boolean,
    pci_devices    varchar(2048),
    description    varchar(8192),
    config_as_of   timestamp with time zone
);

create table poll_storage (
    node      varchar(64)  not null,
    storage   varchar(128) not null,
    type      varchar(32),
    content   varchar(256),
    used      bigint,
    total     bigint,
    active    boolean not null,
    shared    boolean not null,
    as_of     timestamp with time zone not null,
    primary key (node, storage)
);

create table poll_task (
    upid         varchar(512) primary key,
    node         varchar(64) not null,
    vmid         int,
    type         varchar(64) not null,
    user_name    varchar(128),
    started      timestamp with time zone not null,
    ended        timestamp with time zone,
    status       varchar(16) not null,
    exit_status  varchar(512)
);
create index ix_poll_task_vmid on poll_task (vmid, started desc);
create index ix_poll_task_node on poll_task (node, started desc);
