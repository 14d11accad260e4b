#!/usr/bin/env bash
# Fault scenario F17 of docs/security.md: load on two cores. The packaged app in demo mode (the built-in
# simulator as a healthy PVE), then wrk with 2 threads and 50 connections against cached pages (signed in)
# and the login page, then the login throttle checked again under that load, then heap after a full GC at
# minute 1 and at the end. Run from the repo root after `./mvnw -DskipTests package`:
#   bash bench/faults-load.sh [duration, default 60s]   -> a Markdown table on stdout
# Needs wrk, curl and the JDK's jcmd. Uses port 18095 and a throw-away data directory. Not a test: it takes
# the machine's two cores for its duration; run it when nobody else is building.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=$(ls target/pvedash-*.jar | grep -v plain | head -1)
DURATION=${1:-60s}
PORT=18095 USER=bench PASSWORD=Bench-otter-lamp-42
BASE=http://127.0.0.1:$PORT
DATA=$(mktemp -d)
PVEDASH_DATA_DIR=$DATA PVEDASH_ADMIN_USERNAME=$USER PVEDASH_ADMIN_PASSWORD=$PASSWORD PVEDASH_SIMULATOR_PORT=18096 \
  java -Xmx160m -XX:+UseSerialGC -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 >"$DATA/app.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until grep -q 'Started PveDashApplication' "$DATA/app.log"; do sleep 0.2; kill -0 $PID; done

csrf() { grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//'; }
# sign in once; wrk reuses the session cookie
JAR_FILE=$DATA/cookies
token=$(curl -s -c "$JAR_FILE" "$BASE/login" | csrf)
curl -s -o /dev/null -b "$JAR_FILE" -c "$JAR_FILE" --data-urlencode "_csrf=$token" -d "username=$USER" \
  -d "password=$PASSWORD" "$BASE/login"
COOKIE=$(awk '$6 == "PVEDASH_SESSION" {print "PVEDASH_SESSION=" $7}' "$JAR_FILE")
sleep 10 # first polling cycles

# young + old generation after a full GC (Serial GC prints one line each; metaspace is not heap)
heap_after_gc() { jcmd $PID GC.run >/dev/null; jcmd $PID GC.heap_info | grep generation | grep -Eo 'used [0-9]+K' \
  | tr -dc '0-9\n' | awk '{ sum += $1 } END { print sum }'; }
cat >"$DATA/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("p95 %.1f ms, p99 %.1f ms, %d requests, %d non-2xx, %d socket errors, %d over wrk's 2 s timeout\n",
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, e.status,
    e.connect + e.read + e.write, e.timeout))
end
LUA
p95() { wrk -t2 -c50 -d"$2" -H "Cookie: $COOKIE" -s "$DATA/p95.lua" "$BASE$1" | grep '^p95'; }

echo "| Target | wrk -t2 -c50 -d$DURATION |"
echo "|---|---|"
wrk -t2 -c50 -d60s -H "Cookie: $COOKIE" "$BASE/" >/dev/null # minute 1: warm-up
HEAP1=$(heap_after_gc)
for path in / /guests /login; do
  echo "| GET $path | $(p95 "$path" "$DURATION" | tr '\n' ' ') |"
done
HEAP2=$(heap_after_gc)
echo
echo "Heap after full GC: ${HEAP1} KiB after the warm-up minute, ${HEAP2} KiB at the end."

# the login throttle still holds under load: 6 wrong passwords from this address, then the right one is refused
wrk -t1 -c20 -d20s "$BASE/login" >/dev/null &
LOAD=$!
for i in 1 2 3 4 5 6; do
  j=$(mktemp); t=$(curl -s -c "$j" "$BASE/login" | csrf)
  curl -s -o /dev/null -b "$j" -c "$j" --data-urlencode "_csrf=$t" -d "username=$USER" -d "password=wrong-$i" "$BASE/login"
  rm -f "$j"
done
j=$(mktemp); t=$(curl -s -c "$j" "$BASE/login" | csrf)
where=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$j" -c "$j" --data-urlencode "_csrf=$t" -d "username=$USER" \
  -d "password=$PASSWORD" "$BASE/login"); rm -f "$j"
wait $LOAD
case $where in *throttled*) echo "Login throttle under load: holds ($where)";; *) echo "Login throttle under load: DID NOT HOLD ($where)";; esac
