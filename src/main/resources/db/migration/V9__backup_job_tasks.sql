-- vzdump tasks of backup jobs over several guests (the UPID names no guest), whose log the sync reads once to
-- find each guest's outcome (see docs/backups.md). done_at set: attributed, or PVE no longer has the task.
-- Otherwise the last read failed and retry_after holds the next attempt. Rows go when the task leaves the
-- inventory's week.
create table backup_job_task (
    upid          varchar(256) primary key,
    started       timestamp with time zone not null,
    attempts      integer      not null,
    attempted_at  timestamp with time zone not null,
    done_at       timestamp with time zone,
    guests        integer,
    error         varchar(512),
    retry_after   timestamp with time zone
);
