-- The county's patrol scheduling settings: how strongly a roster leans toward risky shifts (ADR 0030).
-- A county without a row uses the deployment's default (qunfang.patrol.schedule.risk-weight).
create table patrol_setting (
    county_id   bigint  primary key,
    risk_weight integer not null,
    version     integer not null
);
