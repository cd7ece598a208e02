-- The cross-row checks of an import compare rows of the same household: index them by household.
create index register_import_row_household on register_import_row (import_id, household_no, row_no);

-- What an import found is kept with the import; its staged rows (personal data) are removed once it is
-- applied, and after a week if it never is.
alter table register_import add column new_rows integer;
alter table register_import add column unchanged_rows integer;
alter table register_import add column changed_rows integer;
