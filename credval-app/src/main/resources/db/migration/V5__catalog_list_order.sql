-- Aliases keep the order the curator gave them: the first is the most common spelling in postings.
alter table credential_alias add column seq integer not null default 0;
-- Likewise occupations: the first listed is the credential's main occupation.
alter table credential_soc add column seq integer not null default 0;
