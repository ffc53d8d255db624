#!/usr/bin/env bash
# The simulator's performance bench (see mock-server/README.md, Performance); it needs about 3 minutes and stops by itself.
#   mock-server/bench.sh [--jdk /path/to/bin/java] [--rebuild] [--workers 32] [--rounds 5] [--round-seconds 3]
#                        [--journal-entries 0] [--samples 200] [--memory-messages 1000000]
#                        [--crowd 10000] [--crowd-wait-seconds 10] [--only load,longpoll,crowd,memory]
# --jdk is the java that runs the simulator, the static stub and the memory probe (default: the bench's own);
# the bench itself runs on $JAVA_HOME/bin/java or the java on the PATH. Builds the jar and test classes if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=mock-server/target/mq-simulator.jar
classes=mock-server/target/test-classes
rebuild=false
args=()
for arg in "$@"; do
  if [[ $arg == --rebuild ]]; then rebuild=true; else args+=("$arg"); fi
done

if $rebuild || [[ ! -f $jar || ! -f $classes/io/mqharness/mock/bench/BenchMain.class ]]; then
  ./mvnw -B -q -o -pl mock-server -am -DskipTests package
fi

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" -cp "$jar:$classes" io.mqharness.mock.bench.BenchMain --jar "$jar" ${args[@]+"${args[@]}"}
