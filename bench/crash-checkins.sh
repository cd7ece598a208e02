#!/usr/bin/env bash
# Crash test of patrol check-ins (B4): against PostgreSQL (a fresh database qunfang_crash on 127.0.0.1:5432,
# user postgres), a client (bench/CrashCheckins.java) sends check-ins from WORKERS threads for SECONDS
# seconds and logs every acknowledged key with its id, sending a failed one again with the same key. Meanwhile
# the application is killed with SIGKILL at random moments KILLS times (at least five) and started again.
# Then every acknowledged check-in must be stored exactly once, under the id the client was given.
# Usage: bench/crash-checkins.sh   (env: KILLS=6 SECONDS_=180 WORKERS=8 PORT=18083; loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${KILLS:-6}
DURATION=${SECONDS_:-180}
WORKERS=${WORKERS:-8}
PORT=${PORT:-18083}
HEAP=${HEAP:-512m}
BASE="http://127.0.0.1:$PORT"
. bench/common.sh
. bench/patrol-common.sh
find_java
packaged_jar
WORK=$(mktemp -d)
trap 'kill -9 "$PID" 2>/dev/null || true; kill "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
patrol_server qunfang_crash
patrol_checkin_setup "$BASE" qunfang_crash
user=$USER_ID
"$JAVA_HOME/bin/java" bench/CrashCheckins.java "$BASE" "$API" "$TOKEN" "$DURATION" "$WORKERS" "$WORK/acked.txt" > "$WORK/client.txt" 2> "$WORK/client-errors.txt" &
CLIENT=$!

for i in $(seq 1 "$KILLS"); do
  sleep $(( (RANDOM % 6) + 4 ))
  echo "kill -9 #$i at $(date +%T) after $(wc -l < "$WORK/acked.txt") acknowledged"
  kill -9 "$PID"; wait "$APP" 2>/dev/null || true
  start_server "$WORK" "$HEAP" "$PORT"
done
wait "$CLIENT"
cat "$WORK/client.txt"
head -3 "$WORK/client-errors.txt"

"${PSQL[@]}" -c "create table crash_ack (client_key varchar(80), acked_id bigint)" 
"${PSQL[@]}" -c "\\copy crash_ack from '$WORK/acked.txt' with (delimiter ' ')"
"${PSQL[@]}" -At <<SQL
select 'acknowledged check-ins: ' || count(*) from crash_ack;
select 'acknowledged and stored exactly once under the acknowledged id: ' || count(*) from crash_ack a
  where (select count(*) from patrol_checkin c where c.user_id = $user and c.client_key = a.client_key) = 1
  and exists (select 1 from patrol_checkin c where c.user_id = $user and c.client_key = a.client_key and c.id = a.acked_id);
select 'acknowledged but missing: ' || count(*) from crash_ack a
  where not exists (select 1 from patrol_checkin c where c.user_id = $user and c.client_key = a.client_key);
select 'stored under another id than acknowledged: ' || count(*) from crash_ack a join patrol_checkin c
  on c.user_id = $user and c.client_key = a.client_key where c.id <> a.acked_id;
select 'keys stored more than once: ' || count(*) from (select client_key from patrol_checkin where user_id = $user
  group by client_key having count(*) > 1) d;
select 'check-ins stored in all: ' || count(*) from patrol_checkin where user_id = $user;
SQL
