-- Backups as PVE last listed them (see docs/backups.md). A storage that could not be read keeps its last good
-- listing: read_at is the last good read, error says why the latest attempt failed, retry_after holds off a
-- storage that answered 403/501 until the next periodic run.
create table backup_storage (
    node          varchar(64)  not null,
    storage       varchar(64)  not null,
    type          varchar(32),
    shared        boolean      not null,
    active        boolean      not null,
    enabled       boolean      not null,
    seen_at       timestamp with time zone not null,
    read_at       timestamp with time zone,
    error_kind    varchar(32),
    error         varchar(512),
    retry_after   timestamp with time zone,
    primary key (node, storage)
);

-- node is empty for a shared storage: its listing is the same from every node and is read once.
create table backup_copy (
    node          varchar(64)  not null,
    storage       varchar(64)  not null,
    volid         varchar(512) not null,
    vmid          integer,
    ctime         timestamp with time zone,
    size_bytes    bigint,
    format        varchar(32),
    notes         varchar(1024),
    protected     boolean      not null,
    verification  varchar(16),
    encrypted     boolean      not null,
    primary key (node, storage, volid)
);
create index ix_backup_copy_vmid on backup_copy (vmid, ctime desc);

create table backup_job (
    id            varchar(64)  primary key,
    schedule      varchar(128),
    next_run      timestamp with time zone,
    storage       varchar(64),
    vmids         varchar(2048),
    all_guests    boolean      not null,
    exclude       varchar(2048),
    pool          varchar(64),
    enabled       boolean      not null,
    comment       varchar(512)
);

create table backup_uncovered (
    vmid          integer      primary key,
    name          varchar(128),
    type          varchar(8)
);

-- Read state of the cluster-wide endpoints and each node's storage list ("jobs", "uncovered", "storages:pve").
create table backup_source (
    source        varchar(96)  primary key,
    attempted_at  timestamp with time zone not null,
    read_at       timestamp with time zone,
    error_kind    varchar(32),
    error         varchar(512),
    retry_after   timestamp with time zone
);

-- The newest vzdump task per guest, kept beyond the week the inventory keeps tasks.
create table backup_last_task (
    vmid          integer      primary key,
    upid          varchar(256) not null,
    node          varchar(64),
    started       timestamp with time zone not null,
    ended         timestamp with time zone,
    status        varchar(16)  not null,
    exit_status   varchar(512)
);

-- Admin settings. location: ON_HOST or OFF_HOST overrides what the storage type says.
create table backup_storage_setting (
    storage       varchar(64)  primary key,
    location      varchar(8)   not null
);

create table backup_guest_setting (
    vmid            integer      primary key,
    freshness_days  integer,
    not_needed      boolean      not null,
    reason          varchar(256)
);

create table backup_setting (
    name          varchar(64)  primary key,
    val           varchar(256) not null
);
