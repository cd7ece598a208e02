-- The administrative hierarchy: county (县) > township (乡镇) > village (行政村).
-- scope_path is the chain of ids from the county down, e.g. /11/12/13/; every row that belongs to a
-- place carries it, so one predicate (scope_path like prefix%) filters by jurisdiction.
create table admin_unit (
    id         bigint       primary key,
    county_id  bigint       not null,
    parent_id  bigint       references admin_unit (id),
    level      varchar(20)  not null,
    code       varchar(40)  not null,
    name_zh    varchar(100) not null,
    name_en    varchar(100) not null,
    scope_path varchar(200) not null,
    constraint admin_unit_level check (level in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    constraint admin_unit_code unique (county_id, code)
);
create index admin_unit_parent on admin_unit (parent_id);
create index admin_unit_path on admin_unit (scope_path);

-- Police stations (派出所) and the townships each covers.
create table police_station (
    id         bigint       primary key,
    county_id  bigint       not null references admin_unit (id),
    code       varchar(40)  not null,
    name_zh    varchar(100) not null,
    name_en    varchar(100) not null,
    constraint police_station_code unique (county_id, code)
);

create table police_station_township (
    station_id  bigint not null references police_station (id),
    township_id bigint not null references admin_unit (id),
    county_id   bigint not null,
    primary key (station_id, township_id)
);
