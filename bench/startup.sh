#!/usr/bin/env bash
# Start-up time, memory and page latency of the packaged app, with default JVM flags, with the
# Docker image's flags, and started as the image starts it (extracted jar and class-data-sharing
# archive, made by the Dockerfile's training run). Run from the repo root after `./mvnw -DskipTests package`:
#   bash bench/startup.sh            -> one Markdown table row per configuration on stdout
# Needs curl. Uses ports 18090+ and throw-away data directories; nothing else is touched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=$(ls target/pvedash-*.jar | grep -v plain | head -1)
DOCKER_FLAGS="-Xmx160m -XX:MaxMetaspaceSize=128m -XX:+UseSerialGC"
C1_FLAGS="$DOCKER_FLAGS -XX:TieredStopAtLevel=1"
USER=bench PASSWORD=Quartz-otter-lamp-91 # the password rule refuses weak ones

p50() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# run LABEL PORT JAR [JVM-FLAGS...]
run() {
  local label=$1 port=$2 jar=$3; shift 3
  local data; data=$(mktemp -d)
  PVEDASH_DATA_DIR=$data PVEDASH_ADMIN_USERNAME=$USER PVEDASH_ADMIN_PASSWORD=$PASSWORD \
    java "$@" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 >"$data/app.log" 2>&1 &
  local pid=$!
  until grep -q 'Started PveDashApplication' "$data/app.log"; do sleep 0.2; kill -0 $pid; done
  local started; started=$(grep -o 'Started PveDashApplication in [0-9.]* seconds' "$data/app.log" | awk '{print $4}')
  sleep 3
  local rss_start; rss_start=$(( $(ps -o rss= -p $pid) / 1024 ))
  local base=http://127.0.0.1:$port
  for _ in $(seq 300); do curl -s -o /dev/null "$base/login"; done
  local login_page; login_page=$(for _ in $(seq 50); do curl -s -o /dev/null -w '%{time_total}\n' "$base/login"; done | p50)
  # one sign-in = one PBKDF2 verification (310,000 iterations of HMAC-SHA256)
  local signin; signin=$(for _ in $(seq 10); do
    jar=$(mktemp); token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{time_total}\n' --data-urlencode "_csrf=$token" \
      -d "username=$USER" -d "password=$PASSWORD" "$base/login"; rm -f "$jar"; done | p50)
  local audit; audit=$(jar=$(mktemp); token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" -d "username=$USER" -d "password=$PASSWORD" "$base/login"
    for _ in $(seq 50); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base/audit"; done | p50; rm -f "$jar")
  local rss_after; rss_after=$(( $(ps -o rss= -p $pid) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
  printf '| %s | %s s | %s MiB | %s MiB | %.1f ms | %.1f ms | %.1f ms |\n' "$label" "$started" "$rss_start" "$rss_after" \
    "$(echo "$login_page*1000" | bc)" "$(echo "$audit*1000" | bc)" "$(echo "$signin*1000" | bc)"
}

echo "| JVM flags | started in | RSS 3 s after start | RSS after run | GET /login p50 | GET /audit p50 | sign-in POST p50 |"
echo "|---|---|---|---|---|---|---|"
run "default (java -jar)" 18090 "$JAR"
# shellcheck disable=SC2086
run "Docker image flags (small heap, SerialGC)" 18091 "$JAR" $DOCKER_FLAGS
# shellcheck disable=SC2086
run "the same + C1 only (TieredStopAtLevel=1)" 18092 "$JAR" $C1_FLAGS
# the image's way: extracted jar, training run (demo mode, throw-away data dir), start with the archive
APP=$(mktemp -d)
java -Djarmode=tools -jar "$JAR" extract --destination "$APP" --application-filename pvedash.jar >/dev/null
# shellcheck disable=SC2086
env -u PVEDASH_PROXMOX_URL PVEDASH_DATA_DIR="$APP/training" PVEDASH_SIMULATOR_PORT=0 java $DOCKER_FLAGS -Xlog:cds=off \
  -XX:ArchiveClassesAtExit="$APP/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP/pvedash.jar" >/dev/null 2>&1
# shellcheck disable=SC2086
run "Docker image flags, extracted jar + CDS archive (as the image starts)" 18093 "$APP/pvedash.jar" $DOCKER_FLAGS \
  -XX:SharedArchiveFile="$APP/app.jsa"
rm -rf "$APP"
