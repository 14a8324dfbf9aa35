#!/usr/bin/env bash
# Measures wall time and peak RSS of `./tradescope discover` on the demo workspace, the 38-row
# reference sample and seeded synthetic exports (27 columns) of 10 thousand, 1 million and
# 10 million rows. Prints a Markdown table (median wall of RUNS runs, highest peak RSS).
#
#   bash bench/discover-bench.sh                 # all sizes, 3 runs each
#   SIZES="10000 1000000" RUNS=5 bash bench/discover-bench.sh
#
# Needs /usr/bin/time (Debian package `time`). Generated exports go to bench/data (git-ignored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes="${SIZES:-10000 1000000 10000000}"
runs="${RUNS:-3}"
data="$here/bench/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$data" "$work/ws"

./mvnw -q -B -Pbench -pl tradescope-bench -am package -DskipTests
./tradescope --version >/dev/null   # builds the CLI jar and its class-data archive if needed

measure() { # label, then the discover arguments
  local label="$1"; shift
  local walls=() rss=0
  for _ in $(seq "$runs"); do
    local out
    out=$( { /usr/bin/time -f "%e %M" ./tradescope discover "$@" --output "$work/out.json" >/dev/null; } 2>&1 | tail -1)
    walls+=("${out% *}")
    local kb="${out#* }"
    (( kb > rss )) && rss=$kb
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %s s | %d MB |\n' "$label" "$median" $(( rss / 1024 ))
}

echo "| input | wall (median of $runs) | peak RSS |"
echo "|---|---|---|"
measure "demo workspace (46 rows)" demo_portfolio --workspace examples/demo-workspace --as-of 2025-07-31
measure "reference sample (38 rows)" "$(cd ../shared/reference/sample-trades && pwd)/live_signals_20250719.csv" \
  --workspace "$work/ws" --as-of 2025-07-19
for n in $sizes; do
  file="$data/synthetic_${n}.csv"
  if [ ! -f "$file" ]; then
    java -cp tradescope-bench/target/tradescope-bench.jar dev.tradescope.bench.data.TradeExportGenerator "$n" "$file" 42
  fi
  measure "synthetic $(printf "%'d" "$n") rows ($(( $(stat -c %s "$file") / 1048576 )) MB)" "$file" \
    --workspace "$work/ws" --as-of 2025-07-31
done
