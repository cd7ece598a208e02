#!/usr/bin/env bash
# Benchmark of the case register (issue: registration): a county with CASES cases (default 100,000)
# spread over ten years and twelve villages, on PostgreSQL. Measures the server time of
#  1. a filtered register page (one village, one type, a date range), as HTML and as JSON;
#  2. the first and a deep page of the unfiltered county register;
#  3. the Excel export of one village and of the whole county, with the server's peak memory
#     (VmHWM) under a bounded heap (HEAP, default 512m).
# Runs the packaged jar with the demo county in a temporary directory against a fresh database
# qunfang_casebench of the PostgreSQL server on 127.0.0.1:5432 (user postgres), adds the cases with one
# SQL statement (copies of the demo cases moved back in time), and prints the figures.
# Usage: bench/case-register-benchmark.sh [CASES]   (loopback only; stops the server at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-100000}
HEAP=${HEAP:-512m}
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
. bench/common.sh
find_java
packaged_jar
WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

"${PSQL[@]}" -d postgres -c 'drop database if exists qunfang_casebench' -c 'create database qunfang_casebench'
export SPRING_PROFILES_ACTIVE=postgres QUNFANG_DB_URL=jdbc:postgresql://127.0.0.1:5432/qunfang_casebench QUNFANG_DB_USER=postgres
start_server "$WORK" "$HEAP" "$PORT"
for _ in $(seq 1 120); do grep -q "Demo case register" "$WORK/app.log" && break; sleep 1; done

echo "== Adding $CASES cases"
"${PSQL[@]}" -d qunfang_casebench <<SQL
insert into case_record (id, county_id, village_id, scope_path, case_no, case_type, occurred_at, reported_at, group_id,
  place, latitude, longitude, summary, loss_fen, reporter_name, channel, owner_org_id, owner_org_name, status, outcome,
  registered_by, registered_name, created_at, ended_at, version)
select 8000000000000000 + g, r.county_id, r.village_id, r.scope_path, 'BENCH-' || g, r.case_type,
  now() - (g % 3650) * interval '1 day' - (g % 24) * interval '1 hour',
  now() - (g % 3650) * interval '1 day' - (g % 24) * interval '1 hour' + interval '2 hours', r.group_id, r.place,
  r.latitude, r.longitude, r.summary, r.loss_fen, r.reporter_name, r.channel, r.owner_org_id, r.owner_org_name, r.status,
  r.outcome, r.registered_by, r.registered_name, now(), r.ended_at, 0
from generate_series(1, $CASES) g
join (select row_number() over (order by id) - 1 as n, c.* from case_record c) r
  on r.n = g % (select count(*) from case_record);
insert into case_party (id, case_id, county_id, party_role, name, sort_order)
select 8100000000000000 + g, 8000000000000000 + g, c.county_id, 'VICTIM', '当事人' || (g % 997), 0
from generate_series(1, $CASES) g join case_record c on c.id = 8000000000000000 + g;
analyze case_record;
analyze case_party;
SQL
"${PSQL[@]}" -d qunfang_casebench -Atc "select 'cases in the county: ' || count(*) from case_record"

jar="$WORK/cookies"
sign_in "$BASE" county.officer "$jar"
village=$("${PSQL[@]}" -d qunfang_casebench -Atc "select id from admin_unit where code = 'YX-TY-DS'")

measure() { # label, then curl arguments; 40 requests, the first 10 warm up
  local label=$1; shift
  local times=()
  for i in $(seq 1 40); do
    t=$(curl -s -o /dev/null -w '%{time_total}' "$@")
    [ "$i" -gt 10 ] && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v k="$label" '{a[NR]=$1} END {printf "%s: median %.1f ms, p95 %.1f ms over %d requests\n", k, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000, NR}'
}
filter="village=$village&type=THEFT&from=2020-01-01&to=2025-12-31"
echo "matching the filter: $(curl -s "${auth[@]}" "$BASE/api/v1/cases?$filter&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/') cases"
measure "filtered page, HTML (50 rows + counts by month)" -b "$jar" "$BASE/cases?$filter"
measure "filtered page, JSON (50 rows)" "${auth[@]}" "$BASE/api/v1/cases?$filter&size=50"
measure "county register, first page, HTML" -b "$jar" "$BASE/cases"
measure "county register, page 1000, JSON" "${auth[@]}" "$BASE/api/v1/cases?page=1000&size=50"

for scope in "village=$village" ""; do
  start=$(date +%s.%N)
  size=$(curl -s -b "$jar" -o "$WORK/export.xlsx" -w '%{size_download}' "$BASE/cases.xlsx?$scope")
  end=$(date +%s.%N)
  rows=$(python3 -c "import zipfile,re,sys; z=zipfile.ZipFile('$WORK/export.xlsx'); s=z.read('xl/worksheets/sheet1.xml').decode(); print(len(re.findall('<row ', s)) - 1)")
  echo "Excel export ${scope:-of the whole county}: $rows rows, $(echo "$size / 1048576" | bc -l | xargs printf '%.1f') MiB, $(echo "$end - $start" | bc) s"
done
echo "peak RSS of the server (heap limit $HEAP): $(rss)"
