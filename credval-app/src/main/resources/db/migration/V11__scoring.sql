-- Value scoring: rubrics as the state wrote them, and reproducible runs with a per-criterion
-- explanation for every credential. Rubrics are metadata (never deleted; a change is a new
-- version); runs are data (append-only).
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- The rubric text exactly as saved, and the SHA-256 of its canonical form (org.credval.core.scoring).
create table scoring_rubric (
    digest         varchar(64)   primary key,
    rubric_key     varchar(100)  not null,
    rubric_version varchar(40)   not null,
    title          varchar(300),
    preset         varchar(40),
    rubric_text    varchar       not null,
    derived_from   varchar(64),
    created_at     timestamp with time zone not null,
    created_by     varchar(100)  not null,
    unique (rubric_key, rubric_version)
);

-- One scoring of every active credential for a state and period. input_digest covers the evidence
-- the rubric read (labor market, signals, catalog, articulation, living wage); output_digest is the
-- SHA-256 of the CSV export, so a re-run with the same digests must give the same bytes. The CSV
-- and JSON exports are kept as written, so a stored run exports exactly what its command printed.
create table scoring_run (
    run_id         varchar(36)   primary key,
    state          varchar(2)    not null,
    period         varchar(20)   not null,
    rubric_digest  varchar(64)   not null references scoring_rubric (digest),
    rubric_key     varchar(100)  not null,
    rubric_version varchar(40)   not null,
    outcome        varchar(10)   not null,
    method_version varchar(10)   not null,
    input_digest   varchar(64)   not null,
    run_digest     varchar(64)   not null,
    output_digest  varchar(64)   not null,
    living_wage    numeric(12,2) not null,
    data_sets      varchar(500)  not null,
    allowed_missing varchar(500),
    notes          varchar(4000),
    credentials    integer       not null,
    listed         integer       not null,
    output_csv     text          not null,
    output_json    text          not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(100)  not null
);
create index scoring_run_state on scoring_run (state, period, created_at);

-- Where each credential landed: status listed, not_listed or needs_evidence; placement is the
-- tier, the points, 'not listed' or 'needs evidence'.
create table scoring_result (
    run_id          varchar(36)   not null references scoring_run (run_id),
    credential_code varchar(8)    not null,
    credential_name varchar(300)  not null,
    status          varchar(20)   not null,
    placement       varchar(100)  not null,
    tier            varchar(100),
    tier_value      numeric(12,4),
    points          integer,
    total           numeric(12,4) not null,
    next_step       varchar(2000),
    nearest_miss_rule varchar(100),
    nearest_miss    varchar(2000),
    competes_with   varchar(2000),
    shared_occupations varchar(1000),
    reasons         varchar(4000),
    primary key (run_id, credential_code)
);

-- Per credential and rubric rule: met, not met or no evidence, with the numbers and their source.
create table scoring_criterion (
    run_id          varchar(36)   not null references scoring_run (run_id),
    credential_code varchar(8)    not null,
    rule_id         varchar(100)  not null,
    seq             integer       not null,
    criterion       varchar(60)   not null,
    status          varchar(20)   not null,
    observed_value  numeric(18,6),
    observed_flag   boolean,
    threshold       varchar(200),
    points          numeric(12,4) not null,
    max_points      numeric(12,4) not null,
    gate            boolean       not null,
    explanation     varchar(4000) not null,
    evidence_note   varchar(2000),
    source          varchar(2000),
    primary key (run_id, credential_code, rule_id)
);
