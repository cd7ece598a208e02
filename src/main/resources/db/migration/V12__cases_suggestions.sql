-- 群众意见簿 — the mass suggestion book (PRODUCT.md C4): what villagers write from the village's public page,
-- named or anonymous, and how the owning organization answers it. Rows carry the county and the scope path
-- of the village. The tracking code is never stored, only its SHA-256; a named submitter's name and phone
-- are stored encrypted only.
create table suggestion (
    id            bigint        primary key,
    county_id     bigint        not null,
    village_id    bigint        not null,
    scope_path    varchar(200)  not null,
    owner_org_id  bigint,
    owner_name    varchar(200),
    kind          varchar(20)   not null,
    content       varchar(4000) not null,
    anonymous     boolean       not null,
    name_cipher   varchar(500),
    phone_cipher  varchar(500),
    tracking_hash varchar(64)   not null,
    status        varchar(30)   not null,
    submitted_at  timestamp with time zone not null,
    due_at        timestamp with time zone not null,
    escalated_at  timestamp with time zone,
    escalations   int           not null,
    reply         varchar(4000),
    replied_at    timestamp with time zone,
    replied_by    varchar(100),
    outcome_note  varchar(1000),
    closed_at     timestamp with time zone,
    version       int           not null,
    constraint suggestion_tracking unique (tracking_hash)
);
create index suggestion_scope on suggestion (county_id, scope_path, submitted_at);
create index suggestion_awaiting on suggestion (status, due_at);

-- Every step of a suggestion (submitted, answered, resolved, closed, reopened, escalated): who, when, what.
-- actor is the staff member's user name; empty for the submitter's own steps and the escalation job.
create table suggestion_step (
    id            bigint        primary key,
    suggestion_id bigint        not null references suggestion (id),
    county_id     bigint        not null,
    step          varchar(30)   not null,
    actor         varchar(100),
    note          varchar(4000),
    occurred_at   timestamp with time zone not null
);
create index suggestion_step_of on suggestion_step (suggestion_id, occurred_at);
