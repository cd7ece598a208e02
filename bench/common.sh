# Shared parts of the benchmark scripts (sourced, not run): a Java 21+, the packaged jar, starting the
# server with the demo county in a work directory, and signing in with a session and an API token.

# Sets JAVA_HOME to a JDK 21 or newer unless it is set.
find_java() {
  if [ -z "${JAVA_HOME:-}" ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
      if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        export JAVA_HOME="$candidate"; break
      fi
    done
  fi
}

# Sets JAR to the packaged application, building it first if there is none.
packaged_jar() {
  JAR=$(ls target/qunfang-*.jar 2>/dev/null | head -n 1 || true)
  [ -n "$JAR" ] || { ./mvnw -q -B package -DskipTests; JAR=$(ls target/qunfang-*.jar | head -n 1); }
  JAR=$(realpath "$JAR")
}

# start_server WORK HEAP PORT: runs the jar with the demo county in WORK (log in WORK/app.log), waits
# until it answers, and sets APP (the background job) and PID (the java process).
start_server() {
  local work=$1 heap=$2 port=$3
  (cd "$work" && QUNFANG_DEMO=true exec "$JAVA_HOME/bin/java" -Xmx"$heap" -jar "$JAR" --server.port="$port" \
    --qunfang.demo.force-password-change=false > app.log 2>&1) &
  APP=$!
  for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
  PID=$(pgrep -f "server.port=$port" | head -n 1)
}

# sign_in BASE USER COOKIES: signs in as a demo user (session cookies in the file COOKIES) and creates
# an API token; sets auth to the curl arguments that send it.
sign_in() {
  local base=$1 user=$2 cookies=$3 token api
  csrf() { grep -o 'name="_csrf" content="[^"]*"\|name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*="\([^"]*\)"$/\1/'; }
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | csrf)
  curl -s -c "$cookies" -b "$cookies" -o /dev/null -X POST "$base/login" --data-urlencode username="$user" \
    --data-urlencode password=Demo-pass-2026 --data-urlencode _csrf="$token"
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/account" | csrf)
  api=$(curl -s -c "$cookies" -b "$cookies" -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d '{"name":"benchmark"}' "$base/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  auth=(-H "Authorization: Bearer $api")
}

# Peak resident memory of the server process.
rss() { awk '/VmHWM/ {print $2/1024 " MiB"}' "/proc/$PID/status"; }
