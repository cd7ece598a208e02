-- Patrol (PRODUCT.md B1–B5): zones and checkpoints, shift patterns, schedules built by the solver,
-- patrol runs with check-ins, and what the missed-patrol job found. Every row carries county_id and the
-- scope path of its village.

-- 巡逻区域 — a named patrol zone of a village, optionally with its outline (JSON [[lat, lon], …]).
create table patrol_zone (
    id          bigint        primary key,
    county_id   bigint        not null,
    village_id  bigint        not null,
    scope_path  varchar(200)  not null,
    name        varchar(100)  not null,
    description varchar(500),
    outline     varchar(4000),
    center_lat  double precision,
    center_lon  double precision,
    active      boolean       not null,
    created_at  timestamp with time zone not null,
    constraint patrol_zone_name unique (village_id, name)
);
create index patrol_zone_scope on patrol_zone (county_id, scope_path);

-- Zones next to each other (both directions stored), across villages where they touch.
create table patrol_zone_adjacent (
    zone_id     bigint not null references patrol_zone (id),
    adjacent_id bigint not null references patrol_zone (id),
    county_id   bigint not null,
    primary key (zone_id, adjacent_id)
);

-- 巡逻点 — a checkpoint in a zone. Its QR code carries a token signed over (id, token_version); bumping
-- the version revokes every code printed before.
create table patrol_checkpoint (
    id            bigint        primary key,
    county_id     bigint        not null,
    village_id    bigint        not null,
    scope_path    varchar(200)  not null,
    zone_id       bigint        not null references patrol_zone (id),
    name          varchar(100)  not null,
    latitude      double precision,
    longitude     double precision,
    token_version int           not null,
    active        boolean       not null,
    created_at    timestamp with time zone not null,
    constraint patrol_checkpoint_name unique (zone_id, name)
);
create index patrol_checkpoint_scope on patrol_checkpoint (county_id, scope_path);

-- 班次 — a shift pattern of an organization: day duty, night patrol or shift duty, with summer and
-- winter hours, the days of the week, the staff it needs and the zones it covers. A joint patrol
-- (联勤联防) is staffed also from a partner organization of a neighboring village.
create table patrol_pattern (
    id              bigint        primary key,
    county_id       bigint        not null,
    village_id      bigint        not null,
    scope_path      varchar(200)  not null,
    org_id          bigint        not null,
    partner_org_id  bigint,
    name            varchar(100)  not null,
    kind            varchar(20)   not null,
    summer_start    time          not null,
    summer_end      time          not null,
    winter_start    time          not null,
    winter_end      time          not null,
    weekdays        varchar(20)   not null,
    min_staff       int           not null,
    leader_required boolean       not null,
    active          boolean       not null,
    created_at      timestamp with time zone not null
);
create index patrol_pattern_org on patrol_pattern (org_id);

create table patrol_pattern_zone (
    pattern_id bigint not null references patrol_pattern (id),
    zone_id    bigint not null references patrol_zone (id),
    primary key (pattern_id, zone_id)
);

-- A member's weekly availability (times they cannot patrol) and leave.
create table patrol_unavailable (
    id          bigint       primary key,
    county_id   bigint       not null,
    scope_path  varchar(200) not null,
    resident_id bigint       not null,
    weekday     int,
    from_time   time,
    to_time     time,
    from_date   date,
    to_date     date,
    reason      varchar(200)
);
create index patrol_unavailable_resident on patrol_unavailable (resident_id);

-- 值班表 — a schedule of an organization for a period, its shifts and who is assigned.
create table patrol_schedule (
    id           bigint        primary key,
    county_id    bigint        not null,
    village_id   bigint        not null,
    scope_path   varchar(200)  not null,
    org_id       bigint        not null,
    period_start date          not null,
    period_end   date          not null,
    status       varchar(20)   not null,
    score        varchar(200),
    solved_ms    bigint,
    created_by   varchar(60)   not null,
    created_at   timestamp with time zone not null,
    version      bigint        not null
);
create index patrol_schedule_org on patrol_schedule (org_id, period_start);

create table patrol_shift (
    id              bigint        primary key,
    schedule_id     bigint        not null references patrol_schedule (id),
    county_id       bigint        not null,
    village_id      bigint        not null,
    scope_path      varchar(200)  not null,
    pattern_id      bigint        not null references patrol_pattern (id),
    zone_id         bigint        references patrol_zone (id),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    required        int           not null,
    leader_required boolean       not null
);
create index patrol_shift_time on patrol_shift (county_id, starts_at);
create index patrol_shift_schedule on patrol_shift (schedule_id);

create table patrol_assignment (
    id           bigint       primary key,
    shift_id     bigint       not null references patrol_shift (id),
    county_id    bigint       not null,
    scope_path   varchar(200) not null,
    resident_id  bigint       not null,
    household_id bigint,
    leader       boolean      not null,
    pinned       boolean      not null,
    source       varchar(20)  not null,
    constraint patrol_assignment_once unique (shift_id, resident_id)
);
create index patrol_assignment_resident on patrol_assignment (resident_id);

-- 巡逻记录 — a patrol run (started on a phone) and its check-ins. A check-in keeps both the phone's time
-- and the server's receipt time; its client key makes a retried request record once.
create table patrol_run (
    id              bigint        primary key,
    county_id       bigint        not null,
    village_id      bigint        not null,
    scope_path      varchar(200)  not null,
    shift_id        bigint        references patrol_shift (id),
    user_id         bigint        not null,
    resident_id     bigint,
    client_key      varchar(80)   not null,
    started_at      timestamp with time zone not null,
    started_client  timestamp with time zone,
    ended_at        timestamp with time zone,
    ended_client    timestamp with time zone,
    status          varchar(20)   not null,
    note            varchar(2000),
    constraint patrol_run_key unique (user_id, client_key)
);
create index patrol_run_scope on patrol_run (county_id, scope_path, started_at);
create index patrol_run_shift on patrol_run (shift_id);

create table patrol_checkin (
    id            bigint        primary key,
    run_id        bigint        not null references patrol_run (id),
    checkpoint_id bigint        not null references patrol_checkpoint (id),
    county_id     bigint        not null,
    scope_path    varchar(200)  not null,
    user_id       bigint        not null,
    client_key    varchar(80)   not null,
    client_time   timestamp with time zone,
    received_at   timestamp with time zone not null,
    latitude      double precision,
    longitude     double precision,
    note          varchar(500),
    constraint patrol_checkin_key unique (user_id, client_key)
);
create index patrol_checkin_run on patrol_checkin (run_id);

create table patrol_photo (
    run_id        bigint not null references patrol_run (id),
    attachment_id bigint not null,
    county_id     bigint not null,
    primary key (run_id, attachment_id)
);

-- What the missed-patrol job found, once each: a shift not started in time, a checkpoint not visited,
-- a run never ended.
create table patrol_miss (
    id            bigint        primary key,
    county_id     bigint        not null,
    village_id    bigint        not null,
    scope_path    varchar(200)  not null,
    shift_id      bigint        not null references patrol_shift (id),
    run_id        bigint,
    checkpoint_id bigint        not null,
    kind          varchar(30)   not null,
    detected_at   timestamp with time zone not null,
    constraint patrol_miss_once unique (shift_id, kind, checkpoint_id)
);
create index patrol_miss_scope on patrol_miss (county_id, scope_path, detected_at);
