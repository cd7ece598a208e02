#!/usr/bin/env bash
# Benchmark of patrol check-ins (B4) on PostgreSQL (a fresh database qunfang_checkinbench on 127.0.0.1:5432,
# user postgres): wrk over loopback sends check-ins (each with a key of its own, through the API with a
# bearer token) for DURATION seconds with CONNECTIONS connections, then, against the same server in the same
# run, the health endpoint; prints both rates, their ratio and the latency percentiles.
# Usage: bench/checkin-benchmark.sh   (env: DURATION=30 CONNECTIONS=16 PORT=18084 HEAP=512m)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18084}
HEAP=${HEAP:-512m}
BASE="http://127.0.0.1:$PORT"
. bench/common.sh
. bench/patrol-common.sh
find_java
packaged_jar
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
patrol_server qunfang_checkinbench
patrol_checkin_setup "$BASE" qunfang_checkinbench

echo "== warm-up"
RUNID=warm wrk -t2 -c"$CONNECTIONS" -d10s -s bench/checkins.lua "$BASE" >/dev/null
curl -s -o /dev/null "$BASE/actuator/health"
echo "== check-ins: POST /api/v1/patrol/checkins, $CONNECTIONS connections, ${DURATION}s"
RUNID=main wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/checkins.lua "$BASE" | tee "$WORK/checkins.txt"
echo "== health: GET /actuator/health, $CONNECTIONS connections, ${DURATION}s (same server)"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE/actuator/health" | tee "$WORK/health.txt"
c=$(awk '/Requests\/sec/ {print $2}' "$WORK/checkins.txt"); h=$(awk '/Requests\/sec/ {print $2}' "$WORK/health.txt")
echo "check-ins/s $c, health/s $h, ratio $(awk -v c="$c" -v h="$h" 'BEGIN {printf "%.3f", c / h}')"
"${PSQL[@]}" -Atc "select 'check-ins stored: ' || count(*) || ', distinct keys: ' || count(distinct client_key) from patrol_checkin"
echo "server peak memory: $(rss)"
