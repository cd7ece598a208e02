-- 安全检查 — security inspections: the county's checklist templates, inspections of places in a village
-- with the result of every item, the rectification task of every hazard found, and each task's history.
-- Every row carries county_id and scope_path: templates the county's path, the rest the village's.

-- 检查表模板 — a checklist template of a county. Edited in place (revision counts the edits) and retired
-- when no longer used; an inspection keeps a copy of the items it was made with, so no edit changes it.
create table checklist_template (
    id          bigint       primary key,
    county_id   bigint       not null,
    scope_path  varchar(200) not null,
    kind        varchar(20)  not null,
    name        varchar(100) not null,
    revision    int          not null,
    retired     boolean      not null,
    updated_by  varchar(100) not null,
    updated_at  timestamp with time zone not null
);
create index checklist_template_county on checklist_template (county_id, kind);

create table checklist_item (
    id          bigint       primary key,
    template_id bigint       not null references checklist_template (id),
    county_id   bigint       not null,
    scope_path  varchar(200) not null,
    seq         int          not null,
    wording     varchar(300) not null
);
create index checklist_item_template on checklist_item (template_id, seq);

-- 安全检查 — one inspection of one place, owned by the organization that owns inspections in the village.
create table inspection (
    id                bigint       primary key,
    county_id         bigint       not null,
    scope_path        varchar(200) not null,
    village_id        bigint       not null,
    org_id            bigint       not null,
    org_name          varchar(100) not null,
    template_id       bigint       not null references checklist_template (id),
    template_revision int          not null,
    template_kind     varchar(20)  not null,
    template_name     varchar(100) not null,
    place_name        varchar(200) not null,
    group_id          bigint,
    group_name        varchar(100),
    inspected_on      date         not null,
    inspectors        varchar(200) not null,
    hazards           int          not null,
    recorded_by       varchar(100) not null,
    recorded_at       timestamp with time zone not null
);
create index inspection_scope on inspection (county_id, scope_path, inspected_on);

-- The items as they read when the inspection was made, with their results.
create table inspection_item (
    inspection_id bigint       not null references inspection (id),
    seq           int          not null,
    county_id     bigint       not null,
    scope_path    varchar(200) not null,
    item_id       bigint       not null,
    wording       varchar(300) not null,
    passed        boolean      not null,
    note          varchar(500),
    primary key (inspection_id, seq)
);

-- 隐患整改 — the task of putting right one hazard: OPEN → PROOF_SUBMITTED → CLOSED after a re-check.
create table rectification (
    id                  bigint        primary key,
    county_id           bigint        not null,
    scope_path          varchar(200)  not null,
    village_id          bigint        not null,
    inspection_id       bigint        not null references inspection (id),
    item_seq            int           not null,
    hazard              varchar(1000) not null,
    responsible         varchar(100)  not null,
    found_on            date          not null,
    deadline            date          not null,
    status              varchar(20)   not null,
    proof_note          varchar(1000),
    no_photo_reason     varchar(500),
    closed_on           date,
    overdue_notified_at timestamp with time zone,
    version             int           not null
);
create index rectification_scope on rectification (county_id, scope_path, status, deadline);
create index rectification_inspection on rectification (inspection_id);

-- Every step of a task: found, proof submitted, re-check passed or failed, deadline changed; who and when.
create table rectification_step (
    id               bigint        primary key,
    rectification_id bigint        not null references rectification (id),
    county_id        bigint        not null,
    scope_path       varchar(200)  not null,
    step             varchar(20)   not null,
    note             varchar(1000),
    deadline         date,
    actor_name       varchar(100)  not null,
    actor_user       varchar(64),
    happened_at      timestamp with time zone not null
);
create index rectification_step_task on rectification_step (rectification_id, happened_at);

-- Photos (attachments) of an inspection item or of a task's proof; a proof photo is bound to the proof
-- step it was submitted with (step_id), until then it waits for the next submission.
create table inspection_photo (
    attachment_id    bigint       primary key,
    county_id        bigint       not null,
    scope_path       varchar(200) not null,
    inspection_id    bigint       not null references inspection (id),
    item_seq         int,
    rectification_id bigint       references rectification (id),
    step_id          bigint,
    added_at         timestamp with time zone not null
);
create index inspection_photo_inspection on inspection_photo (inspection_id);
create index inspection_photo_task on inspection_photo (rectification_id);
