#!/usr/bin/env bash
# How fast one Gatling JVM publishes against the standalone simulator, as a ratio to wrk at the same concurrency
# against the same simulator (simulations/README.md, "Benchmark of the harness"). Loopback only; about
# rounds x 2 x (warm-up + seconds + ~10 s); stops by itself and stops the simulator it started.
#   simulations/bench-wrk.sh [--connections 32] [--seconds 15] [--warmup 25] [--rounds 3] [--min-ratio 0]
#
# After a first, unreported wrk load that warms the simulator up, each round measures wrk, then PublishSimulation (closed model, as many producers as wrk has connections), each on
# a freshly reset simulator. Each load runs for the warm-up and then the measured seconds; its rate is what the
# simulator counted as published (GET /__admin/mq/counters) over the measured seconds only, the same yardstick for
# both. Gatling's JVM is started as the Gatling Maven plugin starts it; its CPU time over the same seconds
# (/proc/<pid>/stat) gives the cores it used and its publishes per second per core. A run that errs (wrk: a non-2xx
# answer or a socket error; Gatling: a failed request or a failed run) stops the benchmark with a non-zero exit, and
# so does a median ratio under --min-ratio.
set -euo pipefail
cd "$(dirname "$0")/.."

connections=32 seconds=15 warmup=25 rounds=3 min_ratio=0
while (($#)); do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --min-ratio) min_ratio=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
# Both load generators go to the simulator started below with its default credentials, whatever the environment names.
unset "${!MQ_TARGET_@}"

work=$(mktemp -d)
sim_pid= load_pid=
cleanup() {
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

[ -f simulator/target/mq-simulator.jar ] || ./mvnw -B -q -DskipTests install
./mvnw -B -q -o -pl simulations test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test
classpath="simulations/target/test-classes:$(cat "$work/cp")"
# The JVM options gatling-maven-plugin 4.21 gives Gatling's JVM by default, and one Netty event loop per core, as
# ./harness runs Gatling (simulations/README.md, "Benchmark of the harness").
gatling_jvm=(-XX:+HeapDumpOnOutOfMemoryError -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 -Xmx1G
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
  -Dio.netty.eventLoopThreads="$(nproc)")

: > "$work/simulator.log"
java -jar simulator/target/mq-simulator.jar --port 0 --journal-entries 0 > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/simulator.log" && break; sleep 0.2; done
url=$(grep -o 'http://[0-9.:]*' "$work/simulator.log" | head -1)
[ -n "$url" ] || { cat "$work/simulator.log"; exit 1; }

clock_ticks=$(getconf CLK_TCK)
# CPU seconds (user + system) a process has used so far.
cpu_seconds() { awk -v hz="$clock_ticks" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$1/stat"; }
published() { curl -sf "$url/__admin/mq/counters" | grep -o '"published" : [0-9]*' | tr -dc 0-9; }
now() { date +%s.%N; }
calc() { python3 -c "print($1)"; }

# measure PID: after the warm-up, sets rate (publishes/s the simulator counted over about $seconds: elapsed) and cpu
# (CPU seconds PID used over the same time).
rate= cpu= elapsed=
measure() {
  sleep "$warmup"
  local t0 p0 c0 t1 p1 c1
  t0=$(now); p0=$(published); c0=$(cpu_seconds "$1")
  sleep "$seconds"
  t1=$(now); p1=$(published); c1=$(cpu_seconds "$1")
  rate=$(awk -v n="$((p1 - p0))" -v t0="$t0" -v t1="$t1" 'BEGIN { print n / (t1 - t0) }')
  cpu=$(awk -v c0="$c0" -v c1="$c1" 'BEGIN { print c1 - c0 }')
  elapsed=$(awk -v t0="$t0" -v t1="$t1" 'BEGIN { print t1 - t0 }')
}

wrk_round() {
  curl -sf -X POST "$url/__admin/mq/reset" > /dev/null
  java -cp "$classpath" io.mqharness.simulations.bench.PresignedPublish "T_BENCH_WRK_$1" MQ_INST_harness 100 harness-ak harness-sk > "$work/publish.lua"
  wrk -t2 -c"$connections" -d"$((warmup + seconds + 5))s" -s "$work/publish.lua" "$url" > "$work/wrk.txt" &
  load_pid=$!
  measure "$load_pid"
  wait "$load_pid"; load_pid=
  if grep -qE "Non-2xx|Socket errors" "$work/wrk.txt"; then cat "$work/wrk.txt" >&2; echo "wrk got errors" >&2; exit 1; fi
}

gatling_round() {
  curl -sf -X POST "$url/__admin/mq/reset" > /dev/null
  rm -rf "$work/runs" "$work/gatling"
  java -cp "$classpath" "${gatling_jvm[@]}" \
      -Dmq.target.url="$url" -Dmq.target.topic.normal="T_BENCH_GATLING_$1" -Dmq.model=closed -Dmq.users="$connections" \
      -Dmq.durationSeconds="$((warmup + seconds + 5))" -Dmq.tagShare=0 -Dmq.transactionalShare=0 -Dmq.messageSize=100 \
      -Dmq.maxRequests=100000000 -Dmq.assert.maxErrorPercent=0 -Dmq.runsDir="$work/runs" \
      io.gatling.app.Gatling --simulation io.mqharness.simulations.PublishSimulation --results-folder "$work/gatling" \
      --no-reports > "$work/gatling.txt" 2>&1 &
  load_pid=$!
  for _ in $(seq 600); do grep -q "Simulation .* started" "$work/gatling.txt" && break; kill -0 "$load_pid" 2>/dev/null || break; sleep 0.1; done
  measure "$load_pid"
  local status=0; wait "$load_pid" || status=$?; load_pid=
  if [ "$status" -ne 0 ] || ! grep -q '"passed" : true' "$work"/runs/*.json 2>/dev/null; then
    tail -30 "$work/gatling.txt" >&2; echo "the Gatling run failed" >&2; exit 1
  fi
}

echo "== harness benchmark, $(date -u +%FT%TZ): $(nproc) cores; $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "   simulator $url (--journal-entries 0, reset before each load); $connections connections / closed-model producers"
echo "   each load: ${warmup} s warm-up, then ${seconds} s measured (publishes the simulator counted); load average $(cut -d' ' -f1-3 /proc/loadavg)"
# The simulator's JIT warms up once, unreported, before the first round.
wrk_round warm
printf '%-6s %10s %14s %7s %14s %18s\n' round "wrk pub/s" "Gatling pub/s" ratio "Gatling cores" "Gatling pub/s/core"
ratios=()
for r in $(seq "$rounds"); do
  wrk_round "$r"; w=$rate
  gatling_round "$r"; g=$rate g_cores=$(calc "$cpu / $elapsed")
  ratio=$(calc "round($g / $w, 3)")
  ratios+=("$ratio")
  printf '%-6s %10.0f %14.0f %7.2f %14.2f %18.0f\n' "$r" "$w" "$g" "$ratio" "$g_cores" "$(calc "$g / $g_cores")"
done
median=$(python3 -c "import statistics, sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "${ratios[@]}")
printf 'median ratio (Gatling / wrk) %.2f over %d rounds; load average %s\n' "$median" "$rounds" "$(cut -d' ' -f1-3 /proc/loadavg)"
if python3 -c "import sys; sys.exit(0 if $median >= $min_ratio else 1)"; then exit 0; fi
echo "the median ratio $median is under --min-ratio $min_ratio" >&2
exit 1
