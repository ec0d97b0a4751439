#!/usr/bin/env bash
# HTTP load: posts messages to a real server for a fixed time at a fixed concurrency, on H2 and PostgreSQL, next to a
# minimal Javalin endpoint doing one INSERT per request, and prints requests/s, p50/p99 and the ratio.
#   bootstrap/bench/http.sh [seconds=20] [connections=16] [all|h2|pg] [warm-up seconds=15]
exec "$(dirname "$0")/java-main.sh" dev.switchboard.bootstrap.HttpLoadBenchmark "$@"
