-- Metrics history (docs/metrics.md). One row per entity, tier and bucket; the fields are columns.
-- k packs entity id, tier and bucket start (epoch seconds) into one BIGINT: H2 stores the rows in that key's
-- order with no second index, and one entity's tier is one key range. REAL (4 bytes) is precise enough for
-- charts (7 digits). <field> is the average, <field>_max the maximum (null on the minute tier: the average).

CREATE TABLE metric_entity (
    id INT AUTO_INCREMENT PRIMARY KEY,
    ref VARCHAR(200) NOT NULL UNIQUE,
    kind VARCHAR(8) NOT NULL,
    node VARCHAR(64),
    guest_type VARCHAR(8),
    vmid INT,
    storage VARCHAR(100)
);

CREATE TABLE metric_node (
    k BIGINT PRIMARY KEY,
    cpu REAL,
    cpu_max REAL,
    mem REAL,
    mem_max REAL,
    memtotal REAL,
    memtotal_max REAL,
    swap REAL,
    swap_max REAL,
    swaptotal REAL,
    swaptotal_max REAL,
    load REAL,
    load_max REAL,
    iowait REAL,
    iowait_max REAL,
    netin REAL,
    netin_max REAL,
    netout REAL,
    netout_max REAL,
    psicpu REAL,
    psicpu_max REAL,
    psiio REAL,
    psiio_max REAL,
    psimem REAL,
    psimem_max REAL
);

CREATE TABLE metric_guest (
    k BIGINT PRIMARY KEY,
    cpu REAL,
    cpu_max REAL,
    mem REAL,
    mem_max REAL,
    maxmem REAL,
    maxmem_max REAL,
    memhost REAL,
    memhost_max REAL,
    netin REAL,
    netin_max REAL,
    netout REAL,
    netout_max REAL,
    diskread REAL,
    diskread_max REAL,
    diskwrite REAL,
    diskwrite_max REAL
);

CREATE TABLE metric_storage (
    k BIGINT PRIMARY KEY,
    used REAL,
    used_max REAL,
    total REAL,
    total_max REAL
);
