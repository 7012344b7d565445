-- Platform tables: provenance of every load and every rejected row.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

create table import_batch (
    load_id       varchar(36)  primary key,
    kind          varchar(40)  not null,
    source_name   varchar(500) not null,
    source_path   varchar(2000),
    sha256        varchar(64)  not null,
    options       varchar(500) not null default '',
    status        varchar(20)  not null,
    rows_read     integer      not null default 0,
    accepted      integer      not null default 0,
    rejected      integer      not null default 0,
    duplicates    integer      not null default 0,
    inserted      integer      not null default 0,
    updated       integer      not null default 0,
    unchanged     integer      not null default 0,
    encoding      varchar(40),
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone,
    loaded_by     varchar(100) not null,
    message       varchar(4000)
);

create index import_batch_kind_sha on import_batch (kind, sha256);

create table import_rejection (
    load_id   varchar(36)  not null references import_batch (load_id),
    seq       integer      not null,
    file_name varchar(500) not null,
    line      bigint       not null,
    field     varchar(200),
    reason    varchar(2000) not null,
    error_code varchar(20) not null,
    raw_value varchar(2000),
    primary key (load_id, seq)
);
