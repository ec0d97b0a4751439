#!/usr/bin/env bash
# Loads 1,000,000 messages over 10,000 threads into embedded PostgreSQL and an H2 file database, then prints the
# median and p99 of typical listings. Takes several minutes and a few GB in the temp directory.
#   adapters-persistence/bench/run.sh [messages] [threads] [iterations] [all|pg|h2]
# Needs the other modules installed once (mvn -o install -DskipTests) and a JDK 21+ (JAVA_HOME).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# A private copy of the compiled classes, so that a build running meanwhile cannot pull them away.
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
cp target/bench.classpath "$run/classpath"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$run/test-classes:$run/classes:$(cat "$run/classpath")" \
  dev.switchboard.adapter.persistence.bench.ListingBenchmark "$@"
