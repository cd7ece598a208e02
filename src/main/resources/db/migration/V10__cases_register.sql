-- 案件登记簿 — the case register (PRODUCT.md C1). Rows carry county_id and the village's scope path.
create table case_record (
    id             bigint        primary key,
    county_id      bigint        not null,
    village_id     bigint        not null,
    scope_path     varchar(200)  not null,
    case_no        varchar(60)   not null,
    case_type      varchar(40)   not null,
    occurred_at    timestamp with time zone not null,
    reported_at    timestamp with time zone not null,
    group_id       bigint,
    place          varchar(100),
    latitude       double precision,
    longitude      double precision,
    summary        varchar(2000) not null,
    loss_fen       bigint        not null,
    reporter_name  varchar(60),
    channel        varchar(20)   not null,
    source_kind    varchar(20),
    source_id      bigint,
    owner_org_id   bigint        not null,
    owner_org_name varchar(100)  not null,
    status         varchar(20)   not null,
    outcome        varchar(2000),
    referred_to    varchar(200),
    registered_by  varchar(60)   not null,
    registered_name varchar(100) not null,
    created_at     timestamp with time zone not null,
    ended_at       timestamp with time zone,
    version        bigint        not null,
    constraint case_no_unique unique (county_id, case_no)
);
create index case_scope_time on case_record (county_id, scope_path, occurred_at);
create index case_village_type_time on case_record (village_id, case_type, occurred_at);

-- Numbering: the last case number given per village and year.
create table case_counter (
    county_id  bigint not null,
    village_id bigint not null,
    year_no    int    not null,
    last_no    int    not null,
    primary key (village_id, year_no)
);

-- 当事人 — parties. A party may be a resident of the register; a phone number is stored only encrypted.
create table case_party (
    id           bigint       primary key,
    case_id      bigint       not null references case_record (id),
    county_id    bigint       not null,
    party_role   varchar(20)  not null,
    name         varchar(60)  not null,
    resident_id  bigint,
    phone_cipher varchar(200),
    note         varchar(200),
    sort_order   int          not null
);
create index case_party_case on case_party (case_id);

-- The history of a case: registration, handling steps, transfers, the ending, photos added.
create table case_step (
    id          bigint        primary key,
    case_id     bigint        not null references case_record (id),
    county_id   bigint        not null,
    kind        varchar(20)   not null,
    note        varchar(2000),
    from_org_id bigint,
    to_org_id   bigint,
    referred_to varchar(200),
    by_user     varchar(60)   not null,
    by_name     varchar(100)  not null,
    step_at     timestamp with time zone not null
);
create index case_step_case on case_step (case_id, step_at);

create table case_photo (
    case_id       bigint not null references case_record (id),
    attachment_id bigint not null,
    county_id     bigint not null,
    primary key (case_id, attachment_id)
);
