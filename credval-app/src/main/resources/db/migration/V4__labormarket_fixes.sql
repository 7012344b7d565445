-- Labor-market columns the published files carry and V2 had no place for.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

-- BLS EP Table 1.10: why openings arise. Annual averages over the projection period, in thousands.
alter table ep_projection add column exits_annual_thousands numeric(12,1);
alter table ep_projection add column transfers_annual_thousands numeric(12,1);
alter table ep_projection add column separations_annual_thousands numeric(12,1);

-- NCES CIP 2020 "Action": how the code changed from CIP 2010 (No substantive changes, New,
-- Moved to, Moved from, Deleted). Codes "Moved from" or "Deleted" are not CIP 2020 programs any
-- more; they are kept so that older records coded with them can still be read.
alter table cip_program add column change_from_2010 varchar(40);
