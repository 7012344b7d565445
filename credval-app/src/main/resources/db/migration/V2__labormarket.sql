-- Labor-market reference data: SOC, O*NET, OEWS wages, Employment Projections, CIP.
-- Every row carries the load that last wrote it (import_batch.load_id).

create table soc_occupation (
    soc_code   varchar(7)   primary key,
    title      varchar(300) not null,
    soc_level  varchar(10)  not null,
    definition varchar,
    load_id    varchar(36)  not null
);

create table soc_direct_match_title (
    soc_code varchar(7)   not null,
    title    varchar(300) not null,
    load_id  varchar(36)  not null,
    primary key (soc_code, title)
);

create table onet_occupation (
    onet_code   varchar(10)  primary key,
    soc_code    varchar(7)   not null,
    title       varchar(300) not null,
    description varchar,
    load_id     varchar(36)  not null
);
create index onet_occupation_soc on onet_occupation (soc_code);

create table onet_alternate_title (
    onet_code   varchar(10)  not null,
    title       varchar(300) not null,
    short_title varchar(300),
    sources     varchar(100),
    load_id     varchar(36)  not null,
    primary key (onet_code, title)
);

-- Areas that OEWS estimates are published for: the nation, states, metro and state-defined regions.
create table oews_area (
    area_code  varchar(12)  primary key,
    title      varchar(200) not null,
    area_type  varchar(20)  not null,
    state      varchar(2),
    load_id    varchar(36)  not null
);

-- One estimate per (year, area, occupation, measure). A value the publisher withheld or
-- top-coded has est_value null (or the top-code bound) and the publisher's marker in flag:
-- '*' not available, '**' employment not available, '#' at or above the top code, '~' under 0.5%.
create table oews_estimate (
    ref_year   integer      not null,
    area_code  varchar(12)  not null,
    soc_code   varchar(7)   not null,
    measure    varchar(20)  not null,
    est_value  numeric(16,4),
    flag       varchar(4),
    occ_title  varchar(300),
    o_group    varchar(20),
    load_id    varchar(36)  not null,
    primary key (ref_year, area_code, soc_code, measure)
);
create index oews_estimate_soc on oews_estimate (soc_code, measure);

-- BLS Employment Projections; employment and openings are in thousands, as published.
create table ep_projection (
    period              varchar(9)   not null,
    soc_code            varchar(7)   not null,
    title               varchar(300) not null,
    occupation_type     varchar(20),
    emp_base_thousands  numeric(12,1),
    emp_proj_thousands  numeric(12,1),
    change_thousands    numeric(12,1),
    change_percent      numeric(8,1),
    openings_annual_thousands numeric(12,1),
    median_wage         numeric(12,2),
    median_wage_flag    varchar(4),
    entry_education     varchar(100),
    work_experience     varchar(100),
    training            varchar(100),
    load_id             varchar(36)  not null,
    primary key (period, soc_code)
);

create table cip_program (
    cip_code   varchar(7)   primary key,
    title      varchar(300) not null,
    family     varchar(2)   not null,
    definition varchar,
    load_id    varchar(36)  not null
);

create table cip_soc (
    cip_code varchar(7)  not null,
    soc_code varchar(7)  not null,
    load_id  varchar(36) not null,
    primary key (cip_code, soc_code)
);
create index cip_soc_soc on cip_soc (soc_code);
