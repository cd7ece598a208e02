-- Money from the masses: 一事一议 levies (H2) and the security defense fee (H3). A charge is billed per
-- household; payments against a bill get receipts numbered per village and year, and each payment is
-- booked as income of the village's fund for the charge. Money is in fen.

-- The county's rules for levies and fees; a county without a row has the defaults.
create table fund_charge_rules (
    county_id               bigint        primary key,
    quorum_num              int           not null,
    quorum_den              int           not null,
    approval_num            int           not null,
    approval_den            int           not null,
    person_cap              bigint        not null,
    levy_exempt_categories  varchar(200)  not null,
    exempt_reasons          varchar(200)  not null,
    exempt_under_age        int           not null,
    exempt_from_age         int           not null,
    township_approval       boolean       not null,
    fee_exempt_categories   varchar(200)  not null,
    fee_purposes            varchar(400)  not null,
    version                 int           not null
);

-- A charge on the households of a village: a levy (一事一议, per person, with its villager
-- representatives' meeting and the township's decision) or the year's defense fee (per household; one
-- per village and year, fee_year being null for levies).
create table fund_charge (
    id               bigint        primary key,
    county_id        bigint        not null,
    scope_path       varchar(200)  not null,
    village_id       bigint        not null,
    kind             varchar(20)   not null,
    charge_year      int           not null,
    title            varchar(100)  not null,
    purposes         varchar(400)  not null,
    unit_amount      bigint        not null,
    total_amount     bigint,
    status           varchar(20)   not null,
    meeting_on       date,
    representatives  int,
    present          int,
    attendance       varchar(2000),
    votes_for        int,
    votes_against    int,
    votes_abstain    int,
    decided_by       varchar(80),
    decided_name     varchar(100),
    decided_at       timestamp with time zone,
    decision_note    varchar(500),
    created_by       varchar(80)   not null,
    created_name     varchar(100)  not null,
    created_at       timestamp with time zone not null,
    fee_year         int,
    version          int           not null,
    constraint fund_charge_unit check (unit_amount > 0),
    constraint fund_charge_one_fee unique (village_id, fee_year)
);
create index fund_charge_village on fund_charge (county_id, village_id, charge_year);

-- Residents a village marked exempt from a levy (a serving soldier, a student, …), with the reason.
create table fund_levy_exemption (
    charge_id    bigint        not null references fund_charge (id),
    resident_id  bigint        not null,
    county_id    bigint        not null,
    reason       varchar(20)   not null,
    note         varchar(200),
    marked_by    varchar(80)   not null,
    marked_at    timestamp with time zone not null,
    primary key (charge_id, resident_id)
);

-- A household's bill for a charge: what it owes (zero when exempt, with the reason) and what it has paid.
create table fund_bill (
    id            bigint        primary key,
    county_id     bigint        not null,
    scope_path    varchar(200)  not null,
    village_id    bigint        not null,
    charge_id     bigint        not null references fund_charge (id),
    household_id  bigint        not null,
    household_no  varchar(40)   not null,
    head_name     varchar(60),
    group_id      bigint,
    group_name    varchar(100),
    category      varchar(30)   not null,
    persons       int           not null,
    charged       int           not null,
    amount        bigint        not null,
    paid          bigint        not null,
    exemption     varchar(20),
    created_at    timestamp with time zone not null,
    constraint fund_bill_once unique (charge_id, household_id),
    constraint fund_bill_paid check (amount >= 0 and paid >= 0 and paid <= amount)
);
create index fund_bill_village on fund_bill (county_id, village_id, group_id);

-- The members of a household as its bill counted them: charged, or exempt with the reason.
create table fund_bill_member (
    bill_id      bigint        not null references fund_bill (id),
    resident_id  bigint        not null,
    county_id    bigint        not null,
    name         varchar(60)   not null,
    birth_date   date          not null,
    exemption    varchar(20),
    primary key (bill_id, resident_id)
);

-- The next receipt number of a village in a year; taken and raised in the payment's transaction, so the
-- numbers have no gaps.
create table fund_receipt_counter (
    village_id    bigint  not null,
    counter_year  int     not null,
    county_id     bigint  not null,
    next_no       int     not null,
    primary key (village_id, counter_year)
);

-- A payment against a bill (收据): recorded once per client key, numbered per village and year, booked
-- as the ledger entry entry_id. A voided payment (作废) keeps its number; voided_entry_id reverses its entry.
create table fund_payment (
    id              bigint        primary key,
    county_id       bigint        not null,
    scope_path      varchar(200)  not null,
    village_id      bigint        not null,
    bill_id         bigint        not null references fund_bill (id),
    client_key      varchar(80)   not null,
    receipt_year    int           not null,
    receipt_no      int           not null,
    amount          bigint        not null,
    method          varchar(20)   not null,
    paid_on         date          not null,
    payer           varchar(100)  not null,
    entry_id        bigint        not null references ledger_entry (id),
    collected_by    varchar(80)   not null,
    collected_name  varchar(100)  not null,
    collected_at    timestamp with time zone not null,
    voided_entry_id bigint        references ledger_entry (id),
    voided_by       varchar(100),
    voided_at       timestamp with time zone,
    void_reason     varchar(500),
    constraint fund_payment_key unique (county_id, client_key),
    constraint fund_payment_receipt unique (village_id, receipt_year, receipt_no),
    constraint fund_payment_amount check (amount > 0)
);
create index fund_payment_bill on fund_payment (bill_id);
create index fund_payment_village on fund_payment (county_id, village_id, receipt_year);

-- The fund a charge's payments go into is found by its collection key (one fund per charge).
alter table fund add column collection_key varchar(60);
create unique index fund_collection on fund (village_id, collection_key);

-- Entries of payments a village collected (and their reversals): corrected only by voiding the payment.
alter table ledger_entry add column collection boolean default false not null;
