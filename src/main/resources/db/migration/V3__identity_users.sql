-- People who sign in. Each holds one role and one jurisdiction (a county, township, village,
-- organization or police station) in one county.
create table app_user (
    id                   bigint       primary key,
    county_id            bigint       not null,
    username             varchar(64)  not null,
    display_name         varchar(100) not null,
    password_hash        varchar(200) not null,
    role                 varchar(40)  not null,
    scope_unit_id        bigint       not null,
    scope_path           varchar(200) not null,
    phone_cipher         varchar(200),
    phone_index          varchar(64),
    locale               varchar(16),
    must_change_password boolean      not null,
    enabled              boolean      not null,
    failed_attempts      integer      not null,
    locked_until         timestamp with time zone,
    password_changed_at  timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint       not null,
    constraint app_user_username unique (username)
);
create index app_user_scope on app_user (county_id, scope_path);
create index app_user_phone on app_user (phone_index);

-- Which role holds which permission, per county; the county administrator edits it.
create table role_permission (
    county_id  bigint      not null,
    role       varchar(40) not null,
    permission varchar(80) not null,
    primary key (county_id, role, permission)
);

-- Permissions whose default grants have been applied in a county (so edits are never overwritten).
create table permission_defaults_applied (
    county_id  bigint      not null,
    permission varchar(80) not null,
    primary key (county_id, permission)
);

-- Personal access tokens for the API: only a SHA-256 of the token is stored.
create table access_token (
    id           bigint       primary key,
    county_id    bigint       not null,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint access_token_hash unique (token_hash)
);
create index access_token_user on access_token (user_id);
