-- Employer signals: one run per computation, rows per credential x occupation x area x period.
-- A run is reproducible: the same postings, mentions, catalog and parameters give the same rows
-- and the same input digest.

create table signal_run (
    run_id         varchar(36)   primary key,
    created_at     timestamp with time zone not null,
    created_by     varchar(100)  not null,
    period         varchar(20)   not null,
    area           varchar(20)   not null,
    engine         varchar(20)   not null,
    input_sha256   varchar(64)   not null,
    catalog_sha256 varchar(64)   not null,
    params         varchar(2000) not null,
    postings       integer       not null,
    duplicates     integer       not null
);

-- soc_code holds a detailed SOC code (29-1141), a major group (29-0000), 'all' (every occupation)
-- or 'unknown' (postings no occupation could be coded for). area is 'US' or a state postal code.
create table credential_signal (
    run_id               varchar(36) not null references signal_run (run_id),
    credential_code      varchar(8)  not null,
    soc_code             varchar(7)  not null,
    area                 varchar(20) not null,
    period               varchar(20) not null,
    postings             integer     not null,
    occupation_postings  integer     not null,
    required_postings    integer     not null,
    preferred_postings   integer     not null,
    alternative_postings integer     not null,
    required_later_postings integer  not null,
    mentioned_postings   integer     not null,
    negated_postings     integer     not null,
    employers            integer     not null,
    median_pay_with      numeric(14,2),
    pay_with_n           integer     not null,
    median_pay_without   numeric(14,2),
    pay_without_n        integer     not null,
    pay_premium          numeric(14,2),
    cooccurring          varchar(2000),
    primary key (run_id, credential_code, soc_code, area, period)
);
create index credential_signal_code on credential_signal (credential_code);
