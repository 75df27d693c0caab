-- 009: an indicator that has values is deactivated instead of deleted (administration of the catalogue).
alter table indicators add column if not exists is_active boolean not null default true;
