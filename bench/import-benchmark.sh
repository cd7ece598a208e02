#!/usr/bin/env bash
# Benchmark of the household register (issue: organizations and people):
#  1. import of RESIDENTS residents (default 100,000) through the API: time to check, time to apply,
#     and the peak memory of the server (VmHWM) with a bounded heap (HEAP, default 512m);
#  2. the register page of a village of 5,000 households: server time per page (HTML and JSON).
# Runs the packaged jar in a temporary directory, on the embedded database or, with DB=postgres, on a
# fresh database qunfang_bench of the PostgreSQL server on 127.0.0.1:5432 (user postgres); prints the figures.
# Usage: [DB=postgres] bench/import-benchmark.sh [RESIDENTS]   (loopback only; stops the server at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
RESIDENTS=${1:-100000}
HEAP=${HEAP:-512m}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
. bench/common.sh
find_java
packaged_jar
WORK=$(mktemp -d)
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

python3 bench/make-register.py "$RESIDENTS" "$WORK/big.csv"
python3 bench/make-register.py 17600 "$WORK/village.csv" --seed 11 --start-no 900000 --households-per-group 500 --region 110106

if [ "${DB:-h2}" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc 'drop database if exists qunfang_bench' -c 'create database qunfang_bench'
  export SPRING_PROFILES_ACTIVE=postgres QUNFANG_DB_URL=jdbc:postgresql://127.0.0.1:5432/qunfang_bench QUNFANG_DB_USER=postgres
fi
start_server "$WORK" "$HEAP" "$PORT"

jar="$WORK/cookies"
sign_in "$BASE" taoyuan.officer "$jar"
village() { curl -s "${auth[@]}" "$BASE/api/v1/villages" | python3 -c "import json,sys; print([v['villageId'] for v in json.load(sys.stdin) if v['villageZh']=='$1'][0])"; }
big=$(village 马坊村)
pages=$(village 李家庄村)

echo "== Import of $RESIDENTS residents (heap limit $HEAP, database ${DB:-h2})"
start=$(date +%s.%N)
summary=$(curl -s "${auth[@]}" -F "file=@$WORK/big.csv" "$BASE/api/v1/villages/$big/imports")
checked=$(date +%s.%N)
id=$(echo "$summary" | sed 's/.*"id":\([0-9]*\).*/\1/')
curl -s "${auth[@]}" -X POST "$BASE/api/v1/imports/$id/apply" | head -c 300; echo
applied=$(date +%s.%N)
echo "check: $(echo "$checked - $start" | bc) s; apply: $(echo "$applied - $checked" | bc) s; peak RSS so far: $(rss)"
echo "summary: $(echo "$summary" | head -c 300)"

echo "== Register page of a village of 5,000 households"
summary=$(curl -s "${auth[@]}" -F "file=@$WORK/village.csv" "$BASE/api/v1/villages/$pages/imports")
id=$(echo "$summary" | sed 's/.*"id":\([0-9]*\).*/\1/')
curl -s "${auth[@]}" -X POST "$BASE/api/v1/imports/$id/apply" >/dev/null
households=$(curl -s "${auth[@]}" "$BASE/api/v1/villages/$pages/households?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
echo "households in the village: $households"
for kind in html json; do
  times=()
  for i in $(seq 1 60); do
    page=$(( (i * 7) % 100 ))
    if [ "$kind" = html ]; then
      t=$(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$BASE/registry/villages/$pages?page=$page")
    else
      t=$(curl -s -o /dev/null -w '%{time_total}' "${auth[@]}" "$BASE/api/v1/villages/$pages/households?page=$page&size=50")
    fi
    [ "$i" -gt 10 ] && times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v k="$kind" '{a[NR]=$1} END {printf "%s page (50 households): median %.1f ms, p95 %.1f ms over %d requests\n", k, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000, NR}'
done
echo "peak RSS of the server: $(rss)"
