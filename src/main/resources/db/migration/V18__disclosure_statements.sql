-- Public disclosure (村务公开): published fund statements, the county's tamper-evident log of them (an
-- RFC 6962 Merkle tree with signed checkpoints), and villagers' questions on their lines. Statements,
-- leaves and checkpoints are only ever inserted.

-- A county's log: one row per county, locked by every publication so that the tree grows one leaf at a
-- time and never forks. The origin and key name are fixed when the log is made. Without a configured
-- signing key, the key generated for the log is kept here (its seed, encrypted).
create table disclosure_log (
    county_id      bigint        primary key,
    origin         varchar(200)  not null,
    key_name       varchar(100)  not null,
    generated_key  varchar(400),
    tree_size      bigint        not null,
    created_at     timestamp with time zone not null
);

-- A published statement: its canonical text, exactly as it is a leaf of the log. A correction names the
-- statement it corrects (of the same village and period); each statement is corrected at most once.
create table disclosure_statement (
    id                 bigint         primary key,
    county_id          bigint         not null,
    scope_path         varchar(200)   not null,
    village_id         bigint         not null,
    period_from        date           not null,
    period_to          date           not null,
    period_code        varchar(10)    not null,
    statement_text     varchar(200000) not null,
    leaf_index         bigint         not null,
    corrects           bigint         references disclosure_statement (id),
    correction_reason  varchar(500),
    published_by       varchar(80)    not null,
    published_name     varchar(100)   not null,
    published_at       timestamp with time zone not null,
    constraint disclosure_statement_leaf unique (county_id, leaf_index),
    constraint disclosure_statement_corrected_once unique (corrects)
);
create index disclosure_statement_village on disclosure_statement (county_id, village_id, period_from);

-- The leaves of a county's log, numbered from 0: the leaf hash (base64 SHA-256 of 0x00 and the text).
create table disclosure_leaf (
    county_id     bigint       not null,
    leaf_index    bigint       not null,
    leaf_hash     varchar(44)  not null,
    statement_id  bigint       not null references disclosure_statement (id),
    primary key (county_id, leaf_index)
);

-- Every checkpoint the county signed: one per size of its log, with the signed note and the verifier key
-- that checks it.
create table disclosure_checkpoint (
    county_id     bigint         not null,
    tree_size     bigint         not null,
    root_hash     varchar(44)    not null,
    signed_note   varchar(2000)  not null,
    verifier_key  varchar(200)   not null,
    signed_at     timestamp with time zone not null,
    primary key (county_id, tree_size)
);

-- A villager's question on one line of a published statement, and the public answer of the township or
-- the village. The asker's name is optional and kept encrypted.
create table disclosure_question (
    id             bigint         primary key,
    county_id      bigint         not null,
    scope_path     varchar(200)   not null,
    village_id     bigint         not null,
    statement_id   bigint         not null references disclosure_statement (id),
    line_no        int            not null,
    line_text      varchar(1000)  not null,
    question       varchar(500)   not null,
    asker_cipher   varchar(400),
    asked_at       timestamp with time zone not null,
    answer         varchar(1000),
    answered_by    varchar(80),
    answered_name  varchar(100),
    answered_at    timestamp with time zone
);
create index disclosure_question_statement on disclosure_question (statement_id);
create index disclosure_question_village on disclosure_question (county_id, village_id, asked_at);
