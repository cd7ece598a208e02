-- A photo added to a patrol run carries the key the phone made for it, so a retried upload is stored once.
alter table patrol_photo add column client_key varchar(80);
create unique index patrol_photo_key on patrol_photo (run_id, client_key);
