-- The operation log and the login log. Rows are appended by any number of writers at once without a
-- common lock; a single sealer then gives each row its place (seq) and links it into a SHA-256 hash
-- chain (hash = H(prev_hash, seq, content)). Sealed rows are never updated.
create table operation_log (
    id             bigint        primary key,
    county_id      bigint,
    seq            bigint,
    prev_hash      varchar(64),
    row_hash       varchar(64),
    occurred_at    timestamp with time zone not null,
    actor_id       bigint,
    actor_name     varchar(64)   not null,
    action         varchar(100)  not null,
    target_type    varchar(60),
    target_id      varchar(100),
    scope_path     varchar(200),
    outcome        varchar(20)   not null,
    detail         varchar(2000),
    client_address varchar(64),
    constraint operation_log_seq unique (seq)
);
create index operation_log_unsealed on operation_log (seq, id);
create index operation_log_scope on operation_log (county_id, scope_path, occurred_at);
create index operation_log_time on operation_log (occurred_at);

create table login_log (
    id             bigint        primary key,
    county_id      bigint,
    seq            bigint,
    prev_hash      varchar(64),
    row_hash       varchar(64),
    occurred_at    timestamp with time zone not null,
    user_id        bigint,
    username       varchar(64)   not null,
    scope_path     varchar(200),
    outcome        varchar(30)   not null,
    client_address varchar(64),
    user_agent     varchar(300),
    constraint login_log_seq unique (seq)
);
create index login_log_unsealed on login_log (seq, id);
create index login_log_scope on login_log (county_id, scope_path, occurred_at);
create index login_log_user on login_log (user_id, occurred_at);

-- One row per chain: where it starts (after purges) and where it ends. Sealers lock this row.
create table audit_chain (
    name        varchar(40) primary key,
    anchor_seq  bigint      not null,
    anchor_hash varchar(64) not null,
    head_seq    bigint      not null,
    head_hash   varchar(64) not null
);
insert into audit_chain (name, anchor_seq, anchor_hash, head_seq, head_hash) values
    ('operation_log', 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
     '0000000000000000000000000000000000000000000000000000000000000000'),
    ('login_log', 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
     '0000000000000000000000000000000000000000000000000000000000000000');
