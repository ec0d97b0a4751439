#!/usr/bin/env bash
# HTTP load: posts messages to a real server for a fixed time at a fixed concurrency, on H2 and PostgreSQL, next to a
# minimal Javalin endpoint doing one INSERT per request, and prints requests/s, p50/p99 and the ratio. The API-only
# node and the minimal endpoint take turns for some rounds; quote the median ratio.
#   bootstrap/bench/http.sh [seconds=20] [connections=16] [all|h2|pg|pg-durable] [warm-up seconds=15] [rounds=3]
# pg runs PostgreSQL as the tests do (no waiting for the disk); pg-durable flushes every commit, as production does.
exec "$(dirname "$0")/java-main.sh" dev.switchboard.bootstrap.HttpLoadBenchmark "$@"
