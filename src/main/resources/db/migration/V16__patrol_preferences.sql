-- A weekly entry may be only a wish (the member would rather keep that day free): the roster avoids it
-- where it can instead of treating it as unavailability.
alter table patrol_unavailable add column preference boolean default false not null;
