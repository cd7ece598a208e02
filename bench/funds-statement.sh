#!/usr/bin/env bash
# Benchmark of a village's statement of revenue and expenditure (收支公开表) over a long ledger: one village
# with ENTRIES ledger entries (default 1,000,000: incomes, expenses and reversals over seven years, on four
# funds), loaded with SQL (generate_series) into a fresh PostgreSQL database and checked to be a valid
# double-entry ledger (every entry balances, reversals mirror their entries, fund balances and the
# village's books equal the sums of their lines, no fund below zero at any voucher). Then FundStatements.of
# — the application's code, as the statement page calls it, inside the test JVM with the application
# context — draws the statements of last month, last quarter and last year, 15 times each after three
# warm-up runs, and prints the median and the maximum.
# Uses the PostgreSQL server on 127.0.0.1:5432 (user postgres), database $DB (default
# qunfang_fundbench, dropped and created anew unless KEEP=1, which reuses the loaded ledger).
# Usage: bench/funds-statement.sh [ENTRIES]     Extra Maven arguments in MAVEN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${1:-1000000}
DB=${DB:-qunfang_fundbench}
. bench/common.sh
find_java
echo "machine: $(nproc) cores, load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
clean=false
if [ "${KEEP:-0}" != 1 ]; then
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB" -c "create database $DB"
  clean=true
fi
QUNFANG_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=qunfang_test" \
  ./mvnw -B ${MAVEN_ARGS:-} test -Ppostgres -Dtest=StatementBenchmark -Dbenchmark.entries="$ENTRIES" \
  -Dqunfang.test.clean-database=$clean -Dspring.main.banner-mode=off 2>&1 \
  | grep -E '^(loaded|analyze|check|statement)|Tests run:|BUILD|ERROR' || true
"${PSQL[@]}" -d "$DB" -Atc "select 'database size: ' || pg_size_pretty(pg_database_size('$DB'))"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
