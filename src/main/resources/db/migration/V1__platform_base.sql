-- Idempotency keys: the first answer to a POST that carried an Idempotency-Key, per caller.
create table idempotency_record (
    owner           varchar(100)  not null,
    idem_key        varchar(200)  not null,
    request_hash    varchar(64)   not null,
    completed       boolean       not null,
    response_status integer,
    response_type   varchar(200),
    response_body   bytea,
    created_at      timestamp with time zone not null,
    primary key (owner, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);

-- Demo data parts that have been loaded (each loads once).
create table demo_data_applied (
    name       varchar(100) primary key,
    applied_at timestamp with time zone not null
);

-- Spring Session (JDBC): sessions shared by all nodes.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
