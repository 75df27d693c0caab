-- 007: one number that changes with the reference data analytics caches in memory (units, their names and
-- successions, holidays, regimes with their outline and form, the indicator catalogue). Every statement that
-- writes one of those tables bumps it in its own transaction, so the new number becomes visible exactly when the
-- change does (and a rolled-back change leaves it alone). Reading it is one row; the fingerprint it replaces
-- summed the row versions of all seven tables on every analytics request.
create table reference_data_version (
  id boolean primary key default true check (id),
  version bigint not null default 0,
  -- The transaction that last bumped it: one bump per transaction is enough (the change shows at commit), and
  -- a bulk load of thousands of statements must not pile up thousands of row versions it then has to scan.
  bumped_by bigint
);
insert into reference_data_version (id, version) values (true, 0);

-- The search path of the schema the migration runs in, so a session working in another schema still bumps
-- this schema's number.
create function bump_reference_data_version() returns trigger
  language plpgsql set search_path from current
  as $$
begin
  update reference_data_version set version = version + 1, bumped_by = txid_current()
    where bumped_by is distinct from txid_current();
  return null;
end $$;

create trigger units_reference_data_version after insert or update or delete or truncate on units
  for each statement execute function bump_reference_data_version();
create trigger unit_names_reference_data_version after insert or update or delete or truncate on unit_names
  for each statement execute function bump_reference_data_version();
create trigger unit_successions_reference_data_version after insert or update or delete or truncate on unit_successions
  for each statement execute function bump_reference_data_version();
create trigger holidays_reference_data_version after insert or update or delete or truncate on holidays
  for each statement execute function bump_reference_data_version();
create trigger regimes_reference_data_version after insert or update or delete or truncate on regimes
  for each statement execute function bump_reference_data_version();
create trigger regime_sections_reference_data_version after insert or update or delete or truncate on regime_sections
  for each statement execute function bump_reference_data_version();
create trigger regime_indicators_reference_data_version after insert or update or delete or truncate on regime_indicators
  for each statement execute function bump_reference_data_version();
create trigger indicators_reference_data_version after insert or update or delete or truncate on indicators
  for each statement execute function bump_reference_data_version();
create trigger indicator_disaggregations_reference_data_version after insert or update or delete or truncate on indicator_disaggregations
  for each statement execute function bump_reference_data_version();
