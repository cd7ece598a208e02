-- Funds (经费): each village's money, kept by the township in its extra-budgetary account (村账乡管).
-- Money is in fen. Entries and their lines are only ever inserted; a correction is a reversal entry.

-- The purposes money may be spent on, per county (a configurable list; defaults are added on first use).
create table fund_purpose (
    county_id   bigint       not null,
    code        varchar(40)  not null,
    name_zh     varchar(60)  not null,
    name_en     varchar(80)  not null,
    active      boolean      default true not null,
    sort_order  int          not null,
    primary key (county_id, code)
);

-- The county's rules for funds: above this amount an expense needs a township leader's approval too.
create table fund_settings (
    county_id         bigint  primary key,
    leader_threshold  bigint  not null,
    version           int     not null
);

-- A village's books: one row per village, locked by every booking (so bookings of a village are taken
-- one at a time), numbering its vouchers and holding the balance of its account at the township.
create table fund_books (
    village_id    bigint        primary key,
    county_id     bigint        not null,
    scope_path    varchar(200)  not null,
    next_voucher  bigint        not null,
    bank_balance  bigint        not null
);

-- A fund: money from one source, earmarked for some purposes. Its balance never goes below zero.
create table fund (
    id                 bigint        primary key,
    county_id          bigint        not null,
    scope_path         varchar(200)  not null,
    village_id         bigint        not null,
    name               varchar(100)  not null,
    source             varchar(30)   not null,
    purposes           varchar(400)  not null,
    balance            bigint        not null,
    redesignated_from  bigint        references fund (id),
    opened_on          date          not null,
    opened_by          varchar(80)   not null,
    constraint fund_balance_not_negative check (balance >= 0)
);
create index fund_village on fund (county_id, village_id);

-- A ledger entry (记账凭证): income, expense, reversal or re-designation, numbered per village.
create table ledger_entry (
    id            bigint        primary key,
    county_id     bigint        not null,
    scope_path    varchar(200)  not null,
    village_id    bigint        not null,
    voucher_no    bigint        not null,
    booked_on     date          not null,
    kind          varchar(20)   not null,
    amount        bigint        not null,
    source        varchar(30),
    purpose       varchar(40),
    counterparty  varchar(100),
    description   varchar(500)  not null,
    reverses      bigint        references ledger_entry (id),
    proposal_id   bigint,
    booked_by     varchar(80)   not null,
    booked_name   varchar(100)  not null,
    booked_at     timestamp with time zone not null,
    constraint ledger_entry_voucher unique (village_id, voucher_no),
    constraint ledger_entry_reversed_once unique (reverses),
    constraint ledger_entry_amount check (amount > 0)
);
create index ledger_entry_village_day on ledger_entry (county_id, village_id, booked_on);

-- The lines of an entry: the village's account at the township (BANK) and its funds (FUND). Debits equal
-- credits in every entry.
create table ledger_line (
    entry_id    bigint        not null references ledger_entry (id),
    line_no     int           not null,
    county_id   bigint        not null,
    scope_path  varchar(200)  not null,
    village_id  bigint        not null,
    booked_on   date          not null,
    account     varchar(10)   not null,
    fund_id     bigint        references fund (id),
    debit       bigint        not null,
    credit      bigint        not null,
    primary key (entry_id, line_no),
    constraint ledger_line_one_side check (debit >= 0 and credit >= 0 and (debit = 0 or credit = 0) and debit + credit > 0)
);
create index ledger_line_fund on ledger_line (fund_id);
create index ledger_line_village_day on ledger_line (county_id, village_id, account, booked_on);

-- Period close: a township closes its villages' books through the end of a month; nothing is booked on
-- or before that day afterwards.
create table fund_period_close (
    id              bigint        primary key,
    county_id       bigint        not null,
    scope_path      varchar(200)  not null,
    township_id     bigint        not null,
    closed_through  date          not null,
    closed_by       varchar(80)   not null,
    closed_at       timestamp with time zone not null
);
create index fund_period_close_township on fund_period_close (county_id, township_id);

-- Reconciliation: the balance of the bank statement for a village's account on a day, against the books.
create table fund_reconciliation (
    id                 bigint        primary key,
    county_id          bigint        not null,
    scope_path         varchar(200)  not null,
    village_id         bigint        not null,
    as_of              date          not null,
    statement_balance  bigint        not null,
    ledger_balance     bigint        not null,
    note               varchar(500),
    entered_by         varchar(80)   not null,
    entered_at         timestamp with time zone not null
);
create index fund_reconciliation_village on fund_reconciliation (county_id, village_id, as_of);

-- An expense (or a re-designation of a fund) the village proposes and the township approves and books.
create table fund_proposal (
    id              bigint        primary key,
    county_id       bigint        not null,
    scope_path      varchar(200)  not null,
    village_id      bigint        not null,
    kind            varchar(20)   not null,
    purpose         varchar(40)   not null,
    payee           varchar(100),
    amount          bigint        not null,
    description     varchar(500)  not null,
    from_fund_id    bigint        references fund (id),
    status          varchar(20)   not null,
    needs_leader    boolean       not null,
    entry_id        bigint        references ledger_entry (id),
    proposed_by     varchar(80)   not null,
    proposed_name   varchar(100)  not null,
    proposed_at     timestamp with time zone not null,
    version         int           not null,
    constraint fund_proposal_amount check (amount > 0)
);
create index fund_proposal_village on fund_proposal (county_id, village_id, status);

-- Every step of a proposal: proposed, approved, approved by the leader, rejected, withdrawn, booked.
create table fund_proposal_step (
    id           bigint        primary key,
    proposal_id  bigint        not null references fund_proposal (id),
    county_id    bigint        not null,
    scope_path   varchar(200)  not null,
    step         varchar(20)   not null,
    actor        varchar(80)   not null,
    actor_name   varchar(100)  not null,
    acted_at     timestamp with time zone not null,
    note         varchar(500)
);
create index fund_proposal_step_proposal on fund_proposal_step (proposal_id);

-- Receipts and other documents of a proposal (the files are platform attachments).
create table fund_proposal_document (
    proposal_id    bigint  not null references fund_proposal (id),
    attachment_id  bigint  not null,
    county_id      bigint  not null,
    primary key (proposal_id, attachment_id)
);
