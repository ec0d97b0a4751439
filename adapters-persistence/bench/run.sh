#!/usr/bin/env bash
# Loads 1,000,000 messages over 10,000 threads into embedded PostgreSQL and an H2 file database, then prints the
# median and p99 of typical listings. Takes several minutes and a few GB in the temp directory.
#   adapters-persistence/bench/run.sh [messages] [threads] [iterations] [all|pg|h2]
# Needs a JDK 21+ in JAVA_HOME and the modules installed once: mvn -B install -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# A private copy of the compiled classes, so that a build running meanwhile cannot pull them away.
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
cp target/bench.classpath "$run/classpath"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$run/test-classes:$run/classes:$(cat "$run/classpath")" \
  dev.switchboard.adapter.persistence.bench.ListingBenchmark "$@"
