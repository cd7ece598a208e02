-- Registration settings per county: numbers such as the suggestion reply deadline (key → value).
create table cases_setting (
    county_id bigint       not null,
    setting   varchar(60)  not null,
    amount    varchar(200) not null,
    primary key (county_id, setting)
);

-- 案件类别 — the county's dictionary of case types; a type in use is retired, never deleted.
create table case_type (
    county_id bigint       not null,
    code      varchar(40)  not null,
    name_zh   varchar(60)  not null,
    name_en   varchar(60)  not null,
    sort_order int         not null,
    active    boolean      not null,
    primary key (county_id, code)
);

-- A village's extent (bounding box, WGS-84) where the township has drawn it: coordinates given for a
-- place in the village must lie inside.
create table village_extent (
    village_id bigint        primary key,
    county_id  bigint        not null,
    scope_path varchar(200)  not null,
    min_lat    double precision not null,
    max_lat    double precision not null,
    min_lon    double precision not null,
    max_lon    double precision not null
);
