-- In-app notifications (站内通知): addressed to a unit (its scope path) and, optionally, to some roles
-- there; each person marks their own as read.
create table notification (
    id          bigint        primary key,
    county_id   bigint        not null,
    scope_path  varchar(200)  not null,
    roles       varchar(400)  not null,
    message_key varchar(100)  not null,
    arguments   varchar(1000) not null,
    link        varchar(300),
    created_at  timestamp with time zone not null
);
create index notification_scope on notification (county_id, scope_path, created_at);

create table notification_read (
    notification_id bigint not null references notification (id),
    county_id       bigint not null,
    user_id         bigint not null,
    read_at         timestamp with time zone not null,
    primary key (notification_id, user_id)
);
