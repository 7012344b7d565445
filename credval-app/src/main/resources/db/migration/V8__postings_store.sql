-- What storing postings needs beyond V6: the MinHash band hashes that find a re-posted or
-- cross-posted job across loads (org.credval.core.postings.NearDuplicates), and the credentials a
-- source states as structured data (JDX JobSchema+), kept as written even when the catalog does not
-- know them. Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- One row per posting and band; two postings sharing a (band, band_hash) are duplicate candidates,
-- then checked on the exact Jaccard similarity of their texts.
create table posting_band (
    posting_id bigint   not null references posting (id),
    band       smallint not null,
    band_hash  bigint   not null,
    primary key (posting_id, band)
);
create index posting_band_hash on posting_band (band, band_hash);

create table posting_structured_credential (
    posting_id  bigint       not null references posting (id),
    seq         integer      not null,
    name        varchar(500) not null,
    requirement varchar(20)  not null,
    primary key (posting_id, seq)
);
