#!/usr/bin/env bash
# Delivery throughput: messages/s from accepted to handed to a Twilio-shaped stub on loopback, and p50/p99 of
# accept -> hand-over, on an H2 file, on PostgreSQL with one node and with two nodes on one database.
#   bootstrap/bench/delivery.sh [messages=3000] [threads=300] [all|h2|pg]
exec "$(dirname "$0")/java-main.sh" dev.switchboard.bootstrap.delivery.DeliveryBenchmark "$@"
