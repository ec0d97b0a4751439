#!/usr/bin/env bash
# Webhook delivery: events delivered per second to a loopback receiver, and the delay from a committed change to the
# payload at the receiver (p50/p99/max), on H2 and PostgreSQL, through the packaged server with default settings.
#   bootstrap/bench/webhooks.sh [burst events=3000] [paced events/s=100] [paced seconds=10] [all|h2|pg]
# Needs a JDK 21+ in JAVA_HOME and the modules installed once: mvn -B install -DskipTests
# (MAVEN_ARGS is passed to Maven, e.g. MAVEN_ARGS="-o -Dmaven.repo.local=/path/to/repo").
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MAVEN_ARGS:-} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
run="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-webhooks.XXXXXX")"
trap 'rm -rf "$run"' EXIT
cp -r target/classes "$run/classes"
cp -r target/test-classes "$run/test-classes"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$run/test-classes:$run/classes:$(cat target/bench.classpath)" \
  dev.switchboard.bootstrap.WebhookBenchmark "$@"
