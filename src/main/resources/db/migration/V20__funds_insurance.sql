-- Insurance (保险) for security directors and long-serving staff of the prevention organizations: a policy
-- per insured person, its yearly premium paid from the funds through an expense proposal of purpose INSURANCE.

-- A policy: who is insured (a resident of the register, with the organization and post they held when it
-- was entered), endowment or accident, the insurer and its number, the term and the yearly premium in fen.
-- A policy ended early keeps its row with the day and the reason. reminded_days is the smallest reminder
-- threshold (days before the end) already sent for the current end date; changing the end date clears it.
create table fund_insurance_policy (
    id             bigint        primary key,
    county_id      bigint        not null,
    scope_path     varchar(200)  not null,
    village_id     bigint        not null,
    resident_id    bigint        not null,
    insured_name   varchar(100)  not null,
    org_name       varchar(100),
    post_code      varchar(40),
    kind           varchar(20)   not null,
    insurer        varchar(100)  not null,
    policy_no      varchar(60)   not null,
    starts_on      date          not null,
    ends_on        date          not null,
    premium        bigint        not null,
    ended_on       date,
    end_reason     varchar(300),
    reminded_days  int,
    created_by     varchar(80)   not null,
    created_at     timestamp with time zone not null,
    version        int           not null,
    constraint fund_insurance_policy_number unique (county_id, insurer, policy_no),
    constraint fund_insurance_policy_term check (ends_on >= starts_on),
    constraint fund_insurance_policy_premium check (premium > 0)
);
create index fund_insurance_policy_village on fund_insurance_policy (county_id, village_id, ends_on);
create index fund_insurance_policy_ending on fund_insurance_policy (county_id, ends_on);

-- The premiums proposed for a policy: each is an expense proposal (purpose INSURANCE, the insurer as payee)
-- that is approved and booked like any other.
create table fund_insurance_premium (
    policy_id    bigint        not null references fund_insurance_policy (id),
    proposal_id  bigint        not null references fund_proposal (id),
    county_id    bigint        not null,
    scope_path   varchar(200)  not null,
    primary key (policy_id, proposal_id),
    constraint fund_insurance_premium_proposal unique (proposal_id)
);

-- Statements of villages with a long ledger. A statement summed every line of the village's history for
-- the funds' balances at both ends, and joined each reversal to the entry it reverses over the whole
-- ledger (about a second for a village of a million entries). Two additions keep it to the period:

-- A reversal records the kind of the entry it reverses (entries never change, so neither does this).
alter table ledger_entry add column reverses_kind varchar(20);
update ledger_entry set reverses_kind = (select o.kind from ledger_entry o where o.id = ledger_entry.reverses)
where kind = 'REVERSAL';

-- What each month's entries did to each fund (credits less debits), kept by the ledger's writer with every
-- posting; a balance on a day is the months before it plus the lines of its own month. month_no is yyyymm.
create table fund_month_total (
    fund_id     bigint        not null references fund (id),
    month_no    int           not null,
    county_id   bigint        not null,
    scope_path  varchar(200)  not null,
    village_id  bigint        not null,
    net         bigint        not null,
    primary key (fund_id, month_no)
);
create index fund_month_total_village on fund_month_total (county_id, village_id, month_no);
insert into fund_month_total (fund_id, month_no, county_id, scope_path, village_id, net)
select fund_id, cast(extract(year from booked_on) * 100 + extract(month from booked_on) as int), county_id,
  max(scope_path), village_id, sum(credit - debit)
from ledger_line where account = 'FUND'
group by fund_id, cast(extract(year from booked_on) * 100 + extract(month from booked_on) as int), county_id, village_id;
