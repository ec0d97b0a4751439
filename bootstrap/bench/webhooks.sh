#!/usr/bin/env bash
# Webhook delivery: events delivered per second to a loopback receiver, and the delay from a committed change to the
# payload at the receiver (p50/p99/max), on H2 and PostgreSQL, through the packaged server with default settings.
#   bootstrap/bench/webhooks.sh [burst events=3000] [paced events/s=100] [paced seconds=10] [all|h2|pg]
exec "$(dirname "$0")/java-main.sh" dev.switchboard.bootstrap.WebhookBenchmark "$@"
