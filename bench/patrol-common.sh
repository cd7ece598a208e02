# Shared part of the patrol benchmark scripts (sourced after common.sh).

# patrol_server DB: a fresh PostgreSQL database DB (127.0.0.1:5432, user postgres) and the jar started on it
# with the demo county in WORK (HEAP, PORT), waited for until it has started; PSQL runs SQL in DB.
patrol_server() {
  local db=$1
  PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d "$db")
  psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $db" -c "create database $db"
  export SPRING_PROFILES_ACTIVE=postgres QUNFANG_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db QUNFANG_DB_USER=postgres
  start_server "$WORK" "$HEAP" "$PORT"
  for _ in $(seq 1 120); do grep -q "Started Qunfang" "$WORK/app.log" && break; sleep 1; done
  sleep 5
}

# patrol_checkin_setup BASE DB (with the server started on DB): a zone and a checkpoint of the demo village 东山村 (the demo has no zones yet), the token
# its QR code carries (TOKEN, signed with the configured or the demo key), the demo patrol member signed in
# (API: their bearer token; USER_ID) and a run started for them.
patrol_checkin_setup() {
  local base=$1 db=$2 village county path key_hex claim
  local psql=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d "$db")
  read -r village county path < <("${psql[@]}" -Atc "select id, county_id, scope_path from admin_unit where code = 'YX-TY-DS'" | tr '|' ' ')
  "${psql[@]}" -c "insert into patrol_zone (id, county_id, village_id, scope_path, name, active, created_at)
    values (7000000000000001, $county, $village, '$path', '压测片区', true, now())" \
    -c "insert into patrol_checkpoint (id, county_id, village_id, scope_path, zone_id, name, token_version, active, created_at)
    values (7000000000000002, $county, $village, '$path', 7000000000000001, '压测巡逻点', 1, true, now())"
  key_hex=$(printf '%s' "${QUNFANG_PATROL_QR_KEY:-cWYtZGVtby1wYXRyb2wtcXIta2V5LW5vdC1mb3ItdXNlLQ==}" | base64 -d | od -An -tx1 | tr -d ' \n')
  claim="k1.7000000000000002.1"
  TOKEN="$claim.$(printf '%s' "$claim" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key_hex" -binary | base64 | tr '+/' '-_' | tr -d '=')"
  sign_in "$base" dongshan.patrol "$WORK/cookies"
  API=${auth[1]#Authorization: Bearer }
  curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d '{"clientKey":"bench-run-1"}' "$base/api/v1/patrol/runs" >/dev/null
  USER_ID=$("${psql[@]}" -Atc "select id from app_user where username = 'dongshan.patrol'")
  export TOKEN API
}
