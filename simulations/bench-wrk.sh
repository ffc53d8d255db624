#!/usr/bin/env bash
# How fast one Gatling JVM publishes against the standalone simulator, as a ratio to wrk at the same concurrency
# against the same simulator, in one run (simulations/README.md, "Benchmark of the harness"). Loopback only;
# about 2 minutes; stops by itself and stops the simulator it started.
#   simulations/bench-wrk.sh [--connections 32] [--seconds 15] [--rounds 2]
set -euo pipefail
cd "$(dirname "$0")/.."

connections=32 seconds=15 rounds=2
while (($#)); do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
# Both load generators go to the simulator started below with its default credentials, whatever the environment names.
unset "${!MQ_TARGET_@}"

work=$(mktemp -d)
sim_pid=
cleanup() { [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

[ -f mock-server/target/mq-simulator.jar ] || ./mvnw -B -q -DskipTests install
./mvnw -B -q -o -pl simulations test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test
classpath="simulations/target/test-classes:$(cat "$work/cp")"

: > "$work/simulator.log"
java -jar mock-server/target/mq-simulator.jar --port 0 --journal-entries 0 > "$work/simulator.log" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/simulator.log" && break; sleep 0.2; done
url=$(grep -o 'http://[0-9.:]*' "$work/simulator.log" | head -1)
[ -n "$url" ] || { cat "$work/simulator.log"; exit 1; }

wrk_rate() {
  java -cp "$classpath" io.mqharness.simulations.bench.PresignedPublish "T_BENCH_WRK_$1" MQ_INST_harness 100 harness-ak harness-sk > "$work/publish.lua"
  wrk -t2 -c"$connections" -d"${2}s" --latency -s "$work/publish.lua" "$url" > "$work/wrk.txt"
  if grep -q "Non-2xx" "$work/wrk.txt"; then cat "$work/wrk.txt" >&2; echo "wrk got errors" >&2; exit 1; fi
  awk '/Requests\/sec/ {print int($2)}' "$work/wrk.txt"
}

gatling_rate() {
  rm -rf "$work/runs"
  ./mvnw -B -q -o -pl simulations gatling:test -Dgatling.simulationClass=io.mqharness.simulations.PublishSimulation \
      -Dmq.target.url="$url" -Dmq.target.topic.normal="T_BENCH_GATLING_$1" -Dmq.model=closed -Dmq.users="$connections" \
      -Dmq.durationSeconds="$2" -Dmq.tagShare=0 -Dmq.transactionalShare=0 -Dmq.messageSize=100 \
      -Dmq.maxRequests=10000000 -Dmq.assert.maxErrorPercent=0 -Dmq.runsDir="$work/runs" > "$work/gatling.txt" 2>&1 \
    || { tail -30 "$work/gatling.txt" >&2; echo "the Gatling run failed" >&2; exit 1; }
  python3 -c "import json,glob; print(int(json.load(open(glob.glob('$work/runs/*.json')[0]))['metrics']['publishedPerSecond']))"
}

echo "== harness benchmark, $(date -u +%FT%TZ): $(nproc) cores; $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "   simulator $url (--journal-entries 0); $connections connections / closed-model users; ${seconds} s per measurement"
echo "   warm-up (not reported): wrk 10 s, Gatling 10 s"
wrk_rate warm 10 > /dev/null
gatling_rate warm 10 > /dev/null
printf '%-8s %14s %14s %8s\n' round "wrk pub/s" "Gatling pub/s" ratio
for r in $(seq "$rounds"); do
  w=$(wrk_rate "$r" "$seconds")
  g=$(gatling_rate "$r" "$seconds")
  printf '%-8s %14s %14s %8.2f\n' "$r" "$w" "$g" "$(python3 -c "print($g/$w)")"
done
