#!/usr/bin/env bash
# Delivery throughput: messages/s from accepted to handed to a Twilio-shaped stub on loopback, and p50/p99 of
# accept -> hand-over, on an H2 file, on PostgreSQL with one node and with two nodes on one database.
#   bootstrap/bench/delivery.sh [messages=3000] [threads=300] [all|h2|pg]
# Needs a JDK 21+ in JAVA_HOME and the modules installed once: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-delivery.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$run/test-classes:$run/classes:$(cat target/bench.classpath)" \
  dev.switchboard.bootstrap.delivery.DeliveryBenchmark "$@"
