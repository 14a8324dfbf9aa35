#!/usr/bin/env bash
# Runs one `./tradescope` command and prints when its peak resident set size grew: every 20 ms it reads
# the JVM's VmRSS and VmHWM from /proc, and prints a line each time the peak passed the last printed
# one by more than STEP_KB (default 1500). Where /usr/bin/time gives the peak only, this tells when it
# was reached: in the first second (start-up, compiling), while reading, or at the end.
#
#   bash bench/rss-timeline.sh discover bench/data/synthetic_1000000.csv --workspace EMPTY_DIR --as-of 2025-07-31 --quiet
#   STEP_KB=500 bash bench/rss-timeline.sh discover bench/data/synthetic_10000000.csv --workspace EMPTY_DIR --quiet
#
# Linux only (/proc). The launcher execs the JVM, so the process it starts is the JVM itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
step="${STEP_KB:-1500}"
"$here/tradescope" "$@" >/dev/null &
pid=$!
start=$(date +%s%N)
last=0
echo "ms_since_start rss_mb peak_mb"
while kill -0 "$pid" 2>/dev/null; do
  read -r rss hwm < <(awk '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } END { print r + 0, h + 0 }' \
    "/proc/$pid/status" 2>/dev/null || echo "0 0")
  if [ "$hwm" -gt $((last + step)) ]; then
    echo "$(( ($(date +%s%N) - start) / 1000000 )) $((rss / 1024)) $((hwm / 1024))"
    last=$hwm
  fi
  sleep 0.02
done
wait "$pid"
