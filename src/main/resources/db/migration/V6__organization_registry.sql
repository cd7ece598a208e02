-- The registry of people and prevention organizations (PRODUCT.md A1–A5). Every row carries county_id
-- and the scope_path of the village (or finer unit) it belongs to.

-- For each village: the township leader in charge (包村领导) and the police liaison (驻村民警), by user id.
alter table admin_unit add column leader_user_id bigint;
alter table admin_unit add column police_liaison_user_id bigint;

-- 村民小组 — village groups.
create table village_group (
    id         bigint       primary key,
    county_id  bigint       not null,
    village_id bigint       not null references admin_unit (id),
    code       varchar(20)  not null,
    name       varchar(100) not null,
    scope_path varchar(200) not null,
    constraint village_group_code unique (village_id, code)
);

-- 户 — households. household_no is the number of the paper register, unique in its village.
create table household (
    id           bigint       primary key,
    county_id    bigint       not null,
    village_id   bigint       not null references admin_unit (id),
    group_id     bigint       references village_group (id),
    scope_path   varchar(200) not null,
    household_no varchar(40)  not null,
    address      varchar(200),
    category     varchar(30)  not null,
    created_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint household_no_in_village unique (village_id, household_no)
);
create index household_scope on household (county_id, scope_path);

-- 村民 — residents. ID and phone numbers only encrypted, with blind indexes for exact lookup.
create table resident (
    id             bigint       primary key,
    county_id      bigint       not null,
    household_id   bigint       not null references household (id),
    village_id     bigint       not null references admin_unit (id),
    scope_path     varchar(200) not null,
    name           varchar(60)  not null,
    gender         varchar(10)  not null,
    birth_date     date         not null,
    id_cipher      varchar(200) not null,
    id_index       varchar(64)  not null,
    phone_cipher   varchar(200),
    phone_index    varchar(64),
    relation       varchar(20)  not null,
    education      varchar(20)  not null,
    health         varchar(20)  not null,
    criminal_record boolean     not null,
    note           varchar(200),
    created_at     timestamp with time zone not null,
    version        bigint       not null,
    constraint resident_id_number unique (county_id, id_index)
);
create index resident_household on resident (household_id);
create index resident_scope on resident (county_id, scope_path, name);
create index resident_phone on resident (phone_index);

-- Matter kinds and the duty scope of each organization type: which kinds of matters it owns. A kind
-- marked exclusive has at most one owning organization in a village.
create table matter_kind (
    county_id bigint      not null,
    code      varchar(40) not null,
    exclusive boolean     not null,
    primary key (county_id, code)
);

create table duty_scope (
    county_id   bigint      not null,
    org_type    varchar(30) not null,
    matter_kind varchar(40) not null,
    primary key (county_id, org_type, matter_kind)
);

-- 群防群治组织 — prevention organizations of a village (a joint patrol may add neighboring villages).
create table prevention_org (
    id             bigint       primary key,
    county_id      bigint       not null,
    village_id     bigint       not null references admin_unit (id),
    scope_path     varchar(200) not null,
    org_type       varchar(30)  not null,
    name           varchar(100) not null,
    status         varchar(20)  not null,
    established_on date         not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null
);
create index prevention_org_scope on prevention_org (county_id, scope_path);

create table prevention_org_village (
    org_id     bigint not null references prevention_org (id),
    village_id bigint not null references admin_unit (id),
    county_id  bigint not null,
    primary key (org_id, village_id)
);

create table org_status_change (
    id          bigint       primary key,
    county_id   bigint       not null,
    org_id      bigint       not null references prevention_org (id),
    scope_path  varchar(200) not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      varchar(500) not null,
    changed_by  varchar(64)  not null,
    changed_at  timestamp with time zone not null
);
create index org_status_change_org on org_status_change (org_id, changed_at);

-- Posts (岗位) with their written responsibilities and the "three checks" (三关) of each.
create table post (
    county_id          bigint       not null,
    code               varchar(30)  not null,
    name_zh            varchar(60)  not null,
    name_en            varchar(60)  not null,
    duties_zh          varchar(1000) not null,
    duties_en          varchar(1000) not null,
    min_age            integer,
    max_age            integer,
    min_education      varchar(20),
    good_health        boolean      not null,
    no_criminal_record boolean      not null,
    primary key (county_id, code)
);

-- 任职 — appointments of residents to posts in organizations.
create table appointment (
    id              bigint       primary key,
    county_id       bigint       not null,
    org_id          bigint       not null references prevention_org (id),
    resident_id     bigint       not null references resident (id),
    scope_path      varchar(200) not null,
    post_code       varchar(30)  not null,
    duties          varchar(1000) not null,
    remuneration    varchar(20)  not null,
    start_date      date         not null,
    end_date        date,
    end_reason      varchar(300),
    failed_checks   varchar(300),
    override_reason varchar(500),
    overridden_by   varchar(64),
    created_at      timestamp with time zone not null,
    version         bigint       not null
);
create index appointment_org on appointment (org_id, end_date);
create index appointment_resident on appointment (resident_id);

-- 十户联防 — the households of a joint defense group, their rotation order and duty persons.
create table joint_defense_household (
    org_id           bigint  not null references prevention_org (id),
    household_id     bigint  not null references household (id),
    county_id        bigint  not null,
    rotation_order   integer not null,
    duty_resident_id bigint  not null references resident (id),
    primary key (org_id, household_id),
    constraint joint_defense_order unique (org_id, rotation_order)
);
create unique index joint_defense_one_group on joint_defense_household (household_id);

create table joint_defense_substitute (
    org_id       bigint  not null references prevention_org (id),
    household_id bigint  not null references household (id),
    resident_id  bigint  not null references resident (id),
    county_id    bigint  not null,
    rank         integer not null,
    primary key (org_id, household_id, resident_id)
);

create table joint_defense_swap (
    id             bigint       primary key,
    county_id      bigint       not null,
    org_id         bigint       not null references prevention_org (id),
    scope_path     varchar(200) not null,
    duty_date      date         not null,
    from_household bigint       not null references household (id),
    to_household   bigint       not null references household (id),
    reason         varchar(300) not null,
    recorded_by    varchar(64)  not null,
    recorded_at    timestamp with time zone not null
);

-- Files kept with records (signed contracts, later photos): stored in the database, served only
-- inside the jurisdiction.
create table attachment (
    id           bigint       primary key,
    county_id    bigint       not null,
    scope_path   varchar(200) not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    created_by   varchar(64)  not null,
    created_at   timestamp with time zone not null
);

-- 治安承包 — security contracts.
create table security_contract (
    id               bigint       primary key,
    county_id        bigint       not null,
    org_id           bigint       not null references prevention_org (id),
    scope_path       varchar(200) not null,
    contract_no      varchar(40)  not null,
    area             varchar(300) not null,
    period_start     date         not null,
    period_end       date         not null,
    duties           varchar(2000) not null,
    rights           varchar(2000) not null,
    fee_fen          bigint       not null,
    patrols_per_week integer      not null,
    status           varchar(20)  not null,
    renewed_from_id  bigint       references security_contract (id),
    end_reason       varchar(300),
    attachment_id    bigint       references attachment (id),
    created_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint security_contract_no unique (county_id, contract_no)
);

create table security_contract_party (
    contract_id bigint not null references security_contract (id),
    resident_id bigint not null references resident (id),
    county_id   bigint not null,
    primary key (contract_id, resident_id)
);

create table security_contract_area_group (
    contract_id bigint not null references security_contract (id),
    group_id    bigint not null references village_group (id),
    county_id   bigint not null,
    primary key (contract_id, group_id)
);

create table security_contract_payment (
    contract_id bigint  not null references security_contract (id),
    seq         integer not null,
    county_id   bigint  not null,
    due_on      date    not null,
    amount_fen  bigint  not null,
    primary key (contract_id, seq)
);

-- Register imports: the rows of an uploaded file, checked before anything is written.
create table register_import (
    id          bigint       primary key,
    county_id   bigint       not null,
    village_id  bigint       not null references admin_unit (id),
    scope_path  varchar(200) not null,
    file_name   varchar(200) not null,
    sha256      varchar(64)  not null,
    status      varchar(20)  not null,
    total_rows  integer      not null,
    error_rows  integer      not null,
    created_by  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    applied_at  timestamp with time zone
);

create table register_import_row (
    import_id    bigint       not null references register_import (id) on delete cascade,
    row_no       integer      not null,
    group_code   varchar(20),
    group_name   varchar(100),
    household_no varchar(40),
    address      varchar(200),
    category     varchar(30),
    name         varchar(60),
    id_cipher    varchar(200),
    id_index     varchar(64),
    gender       varchar(10),
    birth_date   date,
    phone_cipher varchar(200),
    phone_index  varchar(64),
    relation     varchar(20),
    education    varchar(20),
    health       varchar(20),
    criminal_record boolean,
    outcome      varchar(20),
    errors       varchar(1000),
    primary key (import_id, row_no)
);
create index register_import_row_index on register_import_row (import_id, id_index);
