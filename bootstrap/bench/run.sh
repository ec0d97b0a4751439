#!/usr/bin/env bash
# HTTP load: posts messages to a real server for a fixed time at a fixed concurrency, on H2 and PostgreSQL, next to a
# minimal Javalin endpoint doing one INSERT per request, and prints requests/s, p50/p99 and the ratio.
#   bootstrap/bench/run.sh [seconds=20] [connections=16] [all|h2|pg] [warm-up seconds=15]
# Needs a JDK 21+ in JAVA_HOME and the modules installed once: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-load.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$run/test-classes:$run/classes:$(cat target/bench.classpath)" \
  dev.switchboard.bootstrap.HttpLoadBenchmark "$@"
