#!/usr/bin/env bash
# Runs a benchmark's Java main from bootstrap's test classes: java-main.sh <main class> [args...]
# Needs a JDK 21+ in JAVA_HOME and the modules installed once: mvn -B install -DskipTests
# (MAVEN_ARGS is passed to Maven, e.g. MAVEN_ARGS="-o -Dmaven.repo.local=/path/to/repo"; BENCH_JAVA_OPTS to the
# benchmark JVM, e.g. BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/bench.jfr to profile it).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
main="$1"
shift
mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
# A private copy of the compiled classes, so that a build running meanwhile cannot pull them away.
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
"$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$run/test-classes:$run/classes:$(cat target/bench.classpath)" "$main" "$@"
