#!/usr/bin/env bash
# Measures `./tradescope discover` with market data against a local WireMock (100 ms per answer):
# a 32-ticker portfolio, 22 tickers with local fundamental notes, 6 open positions, no local price
# files. Prints the plan's calls, then per run the wall time and peak RSS (/usr/bin/time) of a cold
# run (empty cache) and a warm run, and the requests the server saw during each.
#
#   bash bench/discover-market-bench.sh                # 3 cold/warm pairs, default limits
#   RUNS=5 bash bench/discover-market-bench.sh
#   EXTRA_YAML='limits: {calls-per-minute: 60}' bash bench/discover-market-bench.sh
#
# Needs /usr/bin/time (Debian package `time`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -Pbench -pl tradescope-bench -am package -DskipTests
./tradescope --version >/dev/null   # builds the CLI jar and its class-data archive if needed

java -cp tradescope-bench/target/tradescope-bench.jar dev.tradescope.bench.discovery.DiscoverMarketBench \
  "$here" "$work" "$runs" "${EXTRA_YAML:-}"
