#!/usr/bin/env bash
# Pages under load, PVE requests, memory and start-up of the packaged app (docs/benchmarks.md,
# "Pages under load"). Run from the repo root:
#   bash bench/run.sh            -> Markdown on stdout (about 35 minutes: 100 guests on 1 node, 2,000 on 3)
#   bash bench/run.sh --write    -> the same, and it replaces its block in docs/benchmarks.md
#   QUICK=1 bash bench/run.sh    -> 5 s runs, 100 guests only (about 5 minutes), for trying it
# Env: DURATION (s per measured wrk run, default 10), WARMUP (s, default 5), COUNT_WINDOW (s per PVE request
# count, default 120), SOAK (s of load for the memory figures, default 600), BACKFILL_WAIT (s to wait for the
# metrics backfill before measuring pages, default 60). Needs the JDK (java, jcmd), wrk, curl, ps, awk. Uses
# free ports on 127.0.0.1 and throw-away data directories. It takes both cores while it runs: not a test, and
# nothing is asserted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
WRITE=0; [[ ${1:-} == --write ]] && WRITE=1
QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
  DURATION=${DURATION:-5} WARMUP=${WARMUP:-2} COUNT_WINDOW=${COUNT_WINDOW:-60} SCALES="1:100" SOAK=${SOAK:-120} BACKFILL_WAIT=${BACKFILL_WAIT:-30}
  # the poller drops to its idle interval 2 minutes after the last page view; quick mode waits 20 s instead
  IDLE_AFTER_S=20
else
  DURATION=${DURATION:-10} WARMUP=${WARMUP:-5} COUNT_WINDOW=${COUNT_WINDOW:-120} SCALES="1:100 3:2000" SOAK=${SOAK:-600} BACKFILL_WAIT=${BACKFILL_WAIT:-60}
  IDLE_AFTER_S=120
fi
USER_NAME=bench PASSWORD=Quartz-otter-lamp-91 # the password rule refuses weak ones
POLL_TIMER=pvedash.poll.cycle.cpu # the poller's CPU-time timer (docs/polling.md, "Cost of a cycle")
# the JVM flags the image ships, read from the Dockerfile so the two cannot drift apart
read -r -a JVM_FLAGS <<<"$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"/\1/p' Dockerfile)"
MALLOC_ARENAS=$(sed -n 's/^ENV MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p' Dockerfile); MALLOC_ARENAS=${MALLOC_ARENAS:-8}
# the built-in simulator's API token (application.properties, pvedash.simulator.token-*)
SIM_TOKEN_ID='pvedash@pve!demo' SIM_TOKEN_SECRET=5f0d6c55-3c6e-4a7e-9d0c-2a8f1b7e4d21 SIM_URL= SIM_PID=
WORK=$(mktemp -d)
PID=
trap 'stop_app; stop_sim; rm -rf "$WORK"' EXIT

[[ -n $(ls target/pvedash-*.jar 2>/dev/null) ]] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/pvedash-*.jar | grep -v plain | sed -n 1p)
[[ -z $(find src pom.xml frontend-assets -newer "$JAR" -print -quit) ]] \
  || echo "warning: $JAR is older than the sources; ./mvnw -B -q -DskipTests package rebuilds it" >&2

free_port() { # a port nothing answers on; the race with other programs is accepted
  local p
  while :; do p=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo $p; return; }; done
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# start_sim NODES GUESTS: the app in demo mode with its poller off, used only for its built-in simulator, in a
# JVM of its own, so that the dashboard's figures describe what a real user runs (a dashboard and a PVE host)
# and the simulator's own cost is shown apart. Its access log (Reactor Netty's
# reactor.netty.http.server.accessLogEnabled, no code change) gives one line per PVE request.
# Sets SIM_PID, SIM_LOG, SIM_URL, SIM_FINGERPRINT.
start_sim() {
  local data; data=$(mktemp -d -p "$WORK"); SIM_LOG=$data/sim.log
  env -u PVEDASH_PROXMOX_URL PVEDASH_DATA_DIR="$data" PVEDASH_SIMULATOR_PORT=0 PVEDASH_SIMULATOR_NODES="$1" \
    PVEDASH_SIMULATOR_GUESTS="$2" java -Xmx512m -Dreactor.netty.http.server.accessLogEnabled=true -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$(free_port)" --pvedash.polling.enabled=false >"$SIM_LOG" 2>&1 &
  SIM_PID=$!
  local line=
  for _ in $(seq 900); do
    line=$(grep -m1 'PVE simulator .* listening on' "$SIM_LOG" 2>/dev/null || true); [[ -n $line ]] && break
    kill -0 "$SIM_PID" 2>/dev/null || { tail -20 "$SIM_LOG" >&2; echo "the simulator exited" >&2; exit 1; }
    sleep 0.2
  done
  [[ -n $line ]] || { echo "the simulator did not start" >&2; exit 1; }
  SIM_URL=$(first_match "$line" 'listening on (https://[^ ]+)')
  SIM_FINGERPRINT=$(first_match "$line" 'certificate SHA-256 ([0-9A-Fa-f:]+)')
}
stop_sim() { [[ -n $SIM_PID ]] && { kill "$SIM_PID" 2>/dev/null; wait "$SIM_PID" 2>/dev/null || true; }; SIM_PID=; }

# start_app JAR NODES GUESTS [JVM-FLAGS...]: fresh data dir; sets PID, BASE, LOG. With SIM_URL set, the dashboard speaks to
# that simulator as to a real PVE host (API token, pinned certificate); without, it runs in demo mode with
# the simulator inside its own JVM, as `./mvnw spring-boot:run` does.
start_app() {
  local extra=("${@:4}") data; data=$(mktemp -d -p "$WORK"); local port; port=$(free_port)
  BASE=http://127.0.0.1:$port LOG=$data/app.log
  local pve=(-u PVEDASH_PROXMOX_URL PVEDASH_SIMULATOR_PORT=0)
  [[ -n ${SIM_URL:-} ]] && pve=(PVEDASH_PROXMOX_URL="$SIM_URL" PVEDASH_PROXMOX_TOKEN_ID="$SIM_TOKEN_ID"
    PVEDASH_PROXMOX_TOKEN_SECRET="$SIM_TOKEN_SECRET" PVEDASH_PROXMOX_FINGERPRINT="$SIM_FINGERPRINT")
  env "${pve[@]}" PVEDASH_DATA_DIR="$data" PVEDASH_ADMIN_USERNAME=$USER_NAME PVEDASH_ADMIN_PASSWORD=$PASSWORD \
    PVEDASH_SIMULATOR_NODES="$2" PVEDASH_SIMULATOR_GUESTS="$3" MALLOC_ARENA_MAX=$MALLOC_ARENAS \
    java "${JVM_FLAGS[@]}" ${extra[@]+"${extra[@]}"} -Dreactor.netty.http.server.accessLogEnabled=true \
    -jar "$1" --server.address=127.0.0.1 --server.port="$port" --pvedash.polling.idle-after="${IDLE_AFTER_S}s" \
    >"$LOG" 2>&1 &
  PID=$!
}
stop_app() { [[ -n $PID ]] && { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }; PID=; }
# READY_MS: wall time from START_MS until /login answers 200 (curl poll loop)
wait_ready() {
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/login") == 200 ]]; do
    kill -0 "$PID" 2>/dev/null || { tail -20 "$LOG" >&2; echo "the app exited" >&2; exit 1; }
    (($(now_ms) - START_MS < 180000)) || { echo "not ready after 180 s" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(($(now_ms) - START_MS))
}

# GET /login for _csrf, POST /login; COOKIE is whatever session cookie the app set (PVEDASH_SESSION over HTTP)
sign_in() {
  local jar=$WORK/cookies token
  token=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" -d "username=$USER_NAME" \
    --data-urlencode "password=$PASSWORD" "$BASE/login"
  COOKIE=$(awk '$6 ~ /SESSION/ {print $6 "=" $7}' "$jar" | tail -1)
  [[ $(status /) == 200 ]] || { echo "sign-in failed (GET / answers $(status /))" >&2; exit 1; }
}
status() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$1"; }
page() { curl -s -H "Cookie: $COOKIE" "$BASE$1"; }
# the first group of the first match of regex $2 in $1 (a bash match: no pipe into head, which set -o pipefail
# would see as a failure when the page is larger than the pipe buffer)
first_match() { if [[ $1 =~ $2 ]]; then echo "${BASH_REMATCH[1]}"; fi; }

# wrk prints one parseable line: req/s, p50 ms, p99 ms, non-2xx/3xx answers, socket errors (timeouts
# included). --timeout 30s: with wrk's 2 s default, slow answers would be dropped from the percentiles.
cat >"$WORK/result.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
LUA
wrk_run() { # CONNECTIONS THREADS SECONDS PATH
  wrk -c"$1" -t"$2" -d"$3s" --timeout 30s --latency -H "Cookie: $COOKIE" -s "$WORK/result.lua" "$BASE$4" \
    | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}'
}
# waits (at most 60 s) until the app uses under 20 % of a core: the answers still queued from the previous
# wrk run would otherwise be served during the next one and count against it
settle() {
  local before after
  for _ in $(seq 60); do
    before=$(awk '{ print $14 + $15 }' "/proc/$PID/stat"); sleep 1; after=$(awk '{ print $14 + $15 }' "/proc/$PID/stat")
    (((after - before) * 100 < 20 * $(getconf CLK_TCK))) && return
  done
}
ms() { [[ $1 == NaN ]] && { echo "—"; return; }; awk -v v="$1" 'BEGIN { f = (v < 100) ? "%.1f ms" : "%.0f ms"; printf f, v }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }

# PVE requests per minute over COUNT_WINDOW seconds, "all (rrddata: n)", counted in the simulator's access log
# ($SIM_LOG, or the app's own log in demo mode): the metrics backfill reads rrddata for a while after a start.
# With $1 = 1, GET / every 10 s as an open page would.
pve_per_minute() {
  local log=${SIM_LOG:-$LOG} from end; from=$(wc -l <"$log"); end=$(($(date +%s) + COUNT_WINDOW))
  while (($(date +%s) < end)); do if [[ $1 == 1 ]]; then page / >/dev/null; fi; sleep 10; done
  tail -n +"$((from + 1))" "$log" | awk -v w="$COUNT_WINDOW" '/"[A-Z]+ \/api2\// { n++; if (/rrddata/) r++ }
    END { printf "%.0f (rrddata: %.0f)", n * 60 / w, r * 60 / w }'
}
# young + old generation "used" of GC.heap_info, in KiB (metaspace is not heap)
heap_used() { jcmd "$PID" GC.heap_info | grep -E 'generation|garbage-first heap' | grep -Eo 'used [0-9]+K' | tr -dc '0-9\n' \
  | awk '{ s += $1 } END { print s }'; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system CPU of a process, in clock ticks
cpu_ms() { awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", t * 1000 / hz }'; }
# CPU per poll cycle from the app's Micrometer timer (ADMIN may read /actuator/metrics), successful cycles
# only: poll_cycles prints "COUNT TOTAL_TIME(s)" now; poll_cpu FROM TO prints the mean between two readings,
# so the JIT warm-up and the first config reads after the start are left out
poll_cycles() {
  local json; json=$(page "/actuator/metrics/$POLL_TIMER?tag=outcome:ok")
  awk -v j="$json" 'BEGIN { c = j; t = j; sub(/.*"COUNT","value":/, "", c); sub(/[,}].*/, "", c)
    sub(/.*"TOTAL_TIME","value":/, "", t); sub(/[,}].*/, "", t); printf "%d %s", c + 0, t + 0 }'
}
poll_cpu() {
  awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); n = y[1] - x[1]
    if (n > 0) printf "%.1f ms (mean of %d cycles)", (y[2] - x[2]) * 1000 / n, n; else printf "—" }'
}

# pages_table GOAL PATH...: every path at 50 connections and at 1, next to the first (the static asset)
pages_table() {
  local goal=$1 p static_p99=; shift
  echo "| Path | req/s at 50 conn. (answers) | p50 | p99 | p99 ÷ static p99 (goal ≤ ${goal}×) | errors | 1 conn. p50 | 1 conn. p99 | app CPU per answer |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for p in "$@"; do
    [[ $(status "$p") == 200 ]] || { echo "GET $p answers $(status "$p"), not 200" >&2; exit 1; }
    wrk_run 50 2 "$WARMUP" "$p" >/dev/null
    local rps p50 p99 bad sock n one50 one99 _a t0
    settle; t0=$(ticks "$PID"); read -r rps p50 p99 bad sock n < <(wrk_run 50 2 "$DURATION" "$p")
    local cpu; cpu=$(awk -v t="$(($(ticks "$PID") - t0))" -v n="$n" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { if (n > 0) printf "%.2f ms", t * 1000 / hz / n; else printf "—" }')
    settle; read -r _a one50 one99 _a _a _a < <(wrk_run 1 1 "$DURATION" "$p")
    # a lost session would turn every answer into a 302 to /login, which wrk counts as success
    [[ $(status "$p") == 200 ]] || bad="$bad (session lost)"
    local ratio="—" label
    if ((n == 0)); then label="\`$p\`"; ratio="no answer within ${DURATION} s"; p50=NaN p99=NaN
    elif [[ -z $static_p99 ]]; then static_p99=$p99; label="static \`$p\`"
    else label="\`$p\`"; ratio=$(awk -v a="$p99" -v b="$static_p99" -v g="$goal" \
      'BEGIN { r = a / b; printf "%.1f× %s", r, (r <= g ? "met" : "**missed**") }'); fi
    echo "| $label | $(printf %.0f "$rps") ($n) | $(ms "$p50") | $(ms "$p99") | $ratio | $bad non-2xx/3xx, $sock socket | $(ms "$one50") | $(ms "$one99") | $cpu |"
  done
}
# wait_backfill: after a start the metrics backfill reads rrddata for every node, storage and guest, a few
# requests every 10 s (docs/metrics.md); pages measured meanwhile share the cores with it. Waits until the
# simulator's log shows no rrddata read for 30 s, at most BACKFILL_WAIT s, with a page open; says how long.
wait_backfill() {
  local start; start=$(date +%s); local last=$start n=0 m
  while (($(date +%s) - start < BACKFILL_WAIT)); do
    page / >/dev/null; sleep 10
    m=$(grep -c 'rrddata' "$SIM_LOG" || true)
    if ((m > n)); then n=$m last=$(date +%s); elif (($(date +%s) - last >= 30)); then
      echo "done after $((last - start)) s ($n rrddata reads)"; return; fi
  done
  echo "still running after $BACKFILL_WAIT s ($n rrddata reads so far): the pages were measured while it ran"
}
# first_guest, pico_css: what the pages link, once the poller's first cycle has stored the guests
first_guest() {
  local vmid
  for _ in $(seq 120); do vmid=$(first_match "$(page /guests)" 'href="/guests/([0-9]+)"'); [[ -n $vmid ]] && break; sleep 1; done
  echo "${vmid:-101}"
}
pico_css() { # Pico's stylesheet as the layout links it, with whatever version or hash its URL carries
  local css; css=$(first_match "$(page /)" '(<link[^>]*stylesheet[^>]*pico[^>]*>|<link[^>]*pico[^>]*stylesheet[^>]*>)')
  css=$(first_match "$css" 'href="([^"]*)"'); [[ -n $css ]] || { echo "no stylesheet link to Pico on /" >&2; exit 1; }
  echo "$css"
}

# bench_scale NODES GUESTS: the dashboard against a simulator in its own JVM; the pages table on stdout, the
# footprint figures into FOOT_<guests>
bench_scale() {
  local nodes=$1 guests=$2 goal=2; ((guests > 100)) && goal=5
  start_sim "$nodes" "$guests"
  START_MS=$(now_ms); start_app "$JAR" "$nodes" "$guests"; wait_ready; sign_in
  local vmid css sim0 backfill; vmid=$(first_guest); css=$(pico_css); backfill=$(wait_backfill)
  echo "### $guests guests on $nodes node(s), the simulator in a JVM of its own"
  echo
  echo "Metrics backfill (rrddata) before the pages were measured: $backfill."
  echo
  sim0=$(ticks "$SIM_PID")
  pages_table "$goal" "$css" / /guests "/guests/$vmid" /snapshots /backups
  local sim_cpu; sim_cpu=$(cpu_ms $(($(ticks "$SIM_PID") - sim0)))
  echo
  echo "The simulator's own JVM used $(awk -v m="$sim_cpu" 'BEGIN { printf "%.1f", m / 1000 }') s of CPU while the pages above were measured (not in the dashboard's figures)."
  echo
  local rss heap heap_gc open idle cycle cycles0
  rss=$(ps -o rss= -p "$PID"); heap=$(heap_used); jcmd "$PID" GC.run >/dev/null; heap_gc=$(heap_used)
  cycles0=$(poll_cycles)
  open=$(pve_per_minute 1)
  cycle=$(poll_cpu "$cycles0" "$(poll_cycles)")
  sleep $((IDLE_AFTER_S + 15)) # past idle-after and the last active cycle
  idle=$(pve_per_minute 0)
  local soak="—"; ((guests <= 100)) && soak=$(soak_heap)
  stop_app; stop_sim; SIM_LOG=
  printf -v "FOOT_$guests" '%s|%s|%s|%s|%s|%s|%s' "$(mib "$rss")" "$(mib "$heap")" "$(mib "$heap_gc")" "$open" \
    "$idle" "$cycle" "$soak"
}

# soak_heap: SOAK seconds of load at 50 connections, / and /guests in turn a minute each; heap after a full GC
# and RSS at the start and after each minute: "first → last (highest)"
soak_heap() {
  local heaps=() rsss=() end=$(($(date +%s) + SOAK)) i=0 p
  jcmd "$PID" GC.run >/dev/null; heaps+=("$(heap_used)"); rsss+=("$(ps -o rss= -p "$PID")")
  while (($(date +%s) < end)); do
    p=/; ((i++ % 2)) && p=/guests
    wrk_run 50 2 60 "$p" >/dev/null
    jcmd "$PID" GC.run >/dev/null; heaps+=("$(heap_used)"); rsss+=("$(ps -o rss= -p "$PID")")
  done
  local h r; h=$(printf '%s\n' "${heaps[@]}" | awk 'NR == 1 { f = $1 } { l = $1; if ($1 > m) m = $1 }
    END { printf "heap after GC %.0f → %.0f MiB (highest %.0f)", f / 1024, l / 1024, m / 1024 }')
  r=$(printf '%s\n' "${rsss[@]}" | awk 'NR == 1 { f = $1 } { l = $1; if ($1 > m) m = $1 }
    END { printf "RSS %.0f → %.0f MiB (highest %.0f)", f / 1024, l / 1024, m / 1024 }')
  echo "$h; $r over $((SOAK / 60)) min"
}

# demo_check: the app as `./mvnw spring-boot:run` starts it (demo mode, simulator inside, 100 guests): the
# static asset, / and /guests, and its RSS after that load
demo_check() {
  SIM_URL= SIM_LOG=
  START_MS=$(now_ms); start_app "$JAR" 1 100; wait_ready; sign_in
  local css; first_guest >/dev/null; css=$(pico_css)
  echo "### The demo app as shipped: 100 guests, the simulator inside the dashboard's JVM"
  echo
  pages_table 2 "$css" / /guests
  echo
  echo "RSS after this load: $(mib "$(ps -o rss= -p "$PID")") (goal ≤ 256 MiB)."
  echo
  stop_app
}

# startup JAR [JVM-FLAGS...]: READY_MS = the median of 3 starts from launch to the first 200 of /login,
# 100 guests, each on an empty data dir (Flyway runs). A CDS archive the JVM could not map is an error,
# not a slow row: the JVM logs that and starts without it.
startup() {
  local times=() _
  for _ in 1 2 3; do
    START_MS=$(now_ms); start_app "$1" 1 100 "${@:2}"; wait_ready; stop_app; times+=("$READY_MS")
    ! grep -q 'Unable to use shared archive' "$LOG" || { grep 'shared archive' "$LOG" >&2; exit 1; }
  done
  READY_MS=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
}
# cds_archive DIR: the Dockerfile's training run (its JVM flags, the same class path as the timed starts)
# on the extracted jar in DIR, written to DIR/app.jsa; demo mode, a throw-away data dir, no port opened
cds_archive() {
  local data; data=$(mktemp -d -p "$WORK")
  env -u PVEDASH_PROXMOX_URL PVEDASH_DATA_DIR="$data" PVEDASH_SIMULATOR_PORT=0 java "${JVM_FLAGS[@]}" -Xlog:cds=off \
    -XX:ArchiveClassesAtExit="$1/app.jsa" -Dspring.context.exit=onRefresh -jar "$1/pvedash.jar" >"$data/training.log" 2>&1
  [[ -s $1/app.jsa ]] || { tail -20 "$data/training.log" >&2; echo "no CDS archive written" >&2; exit 1; }
}
seconds() { awk -v m="$1" 'BEGIN { printf "%.1f s", m / 1000 }'; }

machine() {
  local cpu mem; cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
  mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  echo "Machine: $(nproc) × $cpu, $mem, $(java -version 2>&1 | sed -n 1p). App from commit $(git log -1 --format=%h -- src pom.xml frontend-assets)$(
    git diff --quiet HEAD -- src pom.xml || echo ' with local changes'), $(date -u '+%Y-%m-%d %H:%M UTC')."
}

exec 3>&1 > >(tee "$WORK/section.md") # stdout and the section file; a pipe would run the block in a
TEE=$!                                 # subshell, where the EXIT trap could not stop the app
{
  echo "<!-- bench/run.sh: begin (generated; run \`bash bench/run.sh --write\` to replace) -->"
  echo
  machine
  echo "Command: \`$([[ $QUICK == 1 ]] && echo 'QUICK=1 ')bash bench/run.sh\`: the dashboard with the JVM flags and"
  echo "\`MALLOC_ARENA_MAX=$MALLOC_ARENAS\` of the Dockerfile (\`${JVM_FLAGS[*]}\`), wrk on loopback with 2 threads and 50"
  echo "connections ($WARMUP s warm-up, then $DURATION s measured), then 1 connection ($DURATION s); errors are wrk's"
  echo "non-2xx/3xx answers and socket errors; app CPU per answer is the dashboard process's CPU time during the"
  echo "50-connection run divided by its answers."
  echo
  for s in $SCALES; do bench_scale "${s%:*}" "${s#*:}"; done
  demo_check
  extracted=$WORK/extracted
  java -Djarmode=tools -jar "$JAR" extract --destination "$extracted" --application-filename pvedash.jar >/dev/null
  startup "$JAR"; plain_ms=$READY_MS
  startup "$extracted/pvedash.jar"; extracted_ms=$READY_MS
  cds_archive "$extracted"
  startup "$extracted/pvedash.jar" -XX:SharedArchiveFile="$extracted/app.jsa"; cds_ms=$READY_MS
  echo "### Footprint and start-up"
  echo
  header="| Figure |" rule="|---|"
  for s in $SCALES; do header+=" ${s#*:} guests |"; rule+="---|"; done
  echo "$header Goal |"; echo "$rule---|"
  row() { # LABEL FIELD GOAL
    local line="| $1 |" s v
    for s in $SCALES; do v=FOOT_${s#*:}; line+=" $(cut -d'|' -f"$2" <<<"${!v}") |"; done
    echo "$line $3 |"
  }
  row "RSS after the load (\`ps -o rss\`)" 1 "≤ 256 MiB"
  row "heap used after the load (\`jcmd GC.heap_info\`)" 2 "flat over 10 minutes"
  row "heap used after a full GC" 3 "—"
  row "PVE requests per minute, a page open (\`/\` every 10 s)" 4 "independent of the guest count"
  row "PVE requests per minute, nobody looking (from \`idle-after\` = ${IDLE_AFTER_S} s on)" 5 "—"
  row "CPU per poll cycle (\`$POLL_TIMER\`, a page open)" 6 "≤ 5 ms at 100 guests, ≤ 50 ms at 2,000"
  row "$((SOAK / 60)) minutes of load (\`/\` and \`/guests\` in turn, 50 connections)" 7 "heap flat, RSS ≤ 256 MiB"
  echo
  echo "| Start-up to the first 200 of \`/login\` (100 guests, empty data dir, median of 3) | Wall time | Goal |"
  echo "|---|---|---|"
  echo "| \`java -jar\` (fat jar) | $(seconds "$plain_ms") | ≤ 2 s (with a CDS/AOT archive) |"
  echo "| extracted jar (\`-Djarmode=tools extract\`) | $(seconds "$extracted_ms") | ≤ 2 s (with a CDS/AOT archive) |"
  echo "| extracted jar with the CDS archive (training run as in the Dockerfile, \`-XX:SharedArchiveFile\`) | $(seconds "$cds_ms") | ≤ 2 s |"
  echo
  echo "PVE requests are the simulator's access-log lines (Reactor Netty's \`reactor.netty.http.server.accessLogEnabled\`);"
  echo "the simulator runs in a JVM of its own for these figures, so they are the dashboard's alone."
  echo
  echo "<!-- bench/run.sh: end -->"
}
exec >&3 3>&-; wait $TEE # tee has written everything

# --write: replace the generated block of the section (text after its end marker is kept), or append the section
if [[ $WRITE == 1 ]]; then
  doc=docs/benchmarks.md
  if grep -q '^<!-- bench/run.sh: begin' "$doc"; then
    awk -v new="$WORK/section.md" '/^<!-- bench\/run.sh: begin/ { while ((getline l < new) > 0) print l; skip = 1; next }
      skip && /^<!-- bench\/run.sh: end/ { skip = 0; next } !skip' "$doc" >"$WORK/doc" && cat "$WORK/doc" >"$doc"
  else
    { echo; echo '## Pages under load (`bench/run.sh`)'; echo; cat "$WORK/section.md"; } >>"$doc"
  fi
fi
