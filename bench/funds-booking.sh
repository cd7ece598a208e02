#!/usr/bin/env bash
# Benchmark of booking throughput: postings per second through the Ledger use cases (income with its
# operation-log row, and expenses as approvals post them, alternately), on the PostgreSQL server on
# 127.0.0.1:5432 (user postgres), in a fresh database $DB (default qunfang_bookbench). 1, 4 and 16 threads
# post to one village — its postings serialized by the lock on its books — and to any of 50 villages, for
# SECONDS_EACH (default 15) each after WARMUP (default 5) seconds, all six in ROUNDS (default 3) rounds,
# inside the test JVM with the application context and its connection pool (HikariCP, 10 connections).
# Prints postings per second and the latency of a posting (p50, p99, max) of every run, the median of the
# rounds, then checks the books of the 50 villages still balance.
# Usage: bench/funds-booking.sh     Extra Maven arguments in MAVEN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-qunfang_bookbench}
. bench/common.sh
find_java
echo "machine: $(nproc) cores, load average before the run $(cut -d' ' -f1-3 /proc/loadavg)"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
QUNFANG_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=qunfang_test" \
  ./mvnw -B ${MAVEN_ARGS:-} test -Ppostgres -Dtest=BookingBenchmark -Dbenchmark.seconds="${SECONDS_EACH:-15}" \
  -Dbenchmark.warmup="${WARMUP:-5}" -Dbenchmark.rounds="${ROUNDS:-3}" 2>&1 | grep -E '^(bookings|checked|village)|Tests run:|BUILD|ERROR' || true
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
