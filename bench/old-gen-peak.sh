#!/usr/bin/env bash
# The old generation's peak during one discovery: runs `./tradescope ARGS...` with the collector's log
# (-Xlog:gc+heap=debug) and prints the run's wall time and peak RSS (/usr/bin/time), the most the old (tenured)
# generation held after any collection, and each full collection (before -> after, pause). With huge pages
# the old generation stays resident in 2 MB pages up to its peak, so that peak decides the heap's part of the
# run's peak RSS:
#
#   bash bench/old-gen-peak.sh discover bench/data/synthetic_10000000.csv --workspace EMPTY_DIR --as-of 2025-07-31 --quiet --output /tmp/out.json
#
# Extra JVM flags to try go in TRADESCOPE_JAVA_OPTS, as for ./tradescope.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
TRADESCOPE_JAVA_OPTS="${TRADESCOPE_JAVA_OPTS:-} -Xlog:gc,gc+heap=debug:file=$work/gc.log:uptime" \
  /usr/bin/time -f "%e %M" -o "$work/time" "$here/tradescope" "$@" >/dev/null
read -r wall kb < "$work/time"
peak=$(grep -o 'tenured generation *total [0-9]*K, used [0-9]*K' "$work/gc.log" | sed 's/.*used //; s/K//' | sort -n | tail -1)
awk -v w="$wall" -v kb="$kb" -v p="$peak" \
  'BEGIN { printf "wall %.2f s  peak RSS %.1f MB  old generation peak %.2f MiB (%d KiB)\n", w, kb / 1024, p / 1024, p }'
grep 'Pause Full' "$work/gc.log" | sed 's/^\[\([0-9.]*s\)\] GC([0-9]*) Pause Full (\(.*\)) /  full collection at \1 (\2): /' || true
