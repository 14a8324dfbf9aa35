#!/usr/bin/env bash
# Peak RSS of a million against ten million rows, in alternating pairs (1M, 10M, 1M, 10M, ...), so that
# both see the same phase of the machine: prints every run's wall time and peak RSS (/usr/bin/time), then
# each size's peaks and their median. The goal of issue 2 is that the longer export needs no more memory.
#
#   bash bench/rss-pairs.sh                  # 5 pairs, bench/data/synthetic_{1000000,10000000}.csv
#   PAIRS=3 SIZES="10000 1000000" bash bench/rss-pairs.sh
#
# The exports come from bench/discover-bench.sh (or TradeExportGenerator, seed 42). Runs on an empty
# workspace, as of 2025-07-31, output to a temp file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs="${PAIRS:-5}"
read -r -a sizes <<< "${SIZES:-1000000 10000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ws"
for n in "${sizes[@]}"; do
  [ -f "$here/bench/data/synthetic_$n.csv" ] || { echo "missing bench/data/synthetic_$n.csv: run bench/discover-bench.sh first" >&2; exit 2; }
done
for ((i = 1; i <= pairs; i++)); do
  for n in "${sizes[@]}"; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$here/tradescope" discover "$here/bench/data/synthetic_$n.csv" \
      --workspace "$work/ws" --as-of 2025-07-31 --quiet --output "$work/out.json" >/dev/null
    read -r wall kb < "$work/time"
    echo "$n $wall $kb" | tee -a "$work/runs" | awk '{printf "%9d rows  %6.2f s  %6.1f MB\n", $1, $2, $3 / 1024}'
  done
done
for n in "${sizes[@]}"; do
  awk -v n="$n" '$1 == n { print $3 / 1024 }' "$work/runs" | sort -n \
    | awk -v n="$n" '{ v[NR] = $1; s = s sprintf(" %.1f", $1) } END { printf "%9d rows  peak RSS MB:%s  median %.1f\n", n, s, v[int((NR + 1) / 2)] }'
done
