#!/usr/bin/env bash
# Profiles one `./tradescope` run with async-profiler (CPU samples every 200 µs, all threads) and prints
# the CPU time per thread and, on the main thread, the share of the frames the run spends most in.
# EVENT=wall samples wall-clock time instead (every millisecond, running or not): where the main thread's
# time goes, waits included.
#
#   bash bench/profile-discover.sh discover demo_portfolio --workspace examples/demo-workspace --as-of 2025-07-31
#   FRAMES="TradeHistoryReader DuplicateIdDetector" bash bench/profile-discover.sh discover big.csv --workspace ws
#   EVENT=wall bash bench/profile-discover.sh discover bench_signals --workspace WS --as-of 2025-07-31 --quiet
#
# async-profiler 4.1 comes from Maven Central (tools.profiler:async-profiler) into bench/data/ap; it needs
# perf events (kernel.perf_event_paranoid ≤ 2, as on this machine). Samples add overhead: compare shares,
# not absolute times. The collapsed stacks stay in bench/data/profile.txt for a closer look.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
ap="$here/bench/data/ap"
if [ ! -f "$ap/linux-x64/libasyncProfiler.so" ]; then
  mkdir -p "$ap"
  ./mvnw -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$ap"
  (cd "$ap" && unzip -q -o async-profiler-4.1.jar 'linux-x64/*')
fi
out="$here/bench/data/profile.txt"
event="${EVENT:-cpu}"
case "$event" in wall) interval=1ms ;; *) interval=200us ;; esac
TRADESCOPE_JAVA_OPTS="-agentpath:$ap/linux-x64/libasyncProfiler.so=start,event=$event,interval=$interval,file=$out,collapsed,threads" \
  ./tradescope "$@" >/dev/null
frames="${FRAMES:-picocli/CommandLine.<init> DiscoverCommand.call TradePass ResearchInventory.assess PlanResolver DiscoveryDocument DocumentWriter TextSummary}"
case "$event" in wall) unit="1 ms of wall time" ;; *) unit="200 µs of CPU" ;; esac
UNIT="$unit" python3 - "$out" $frames <<'PY'
import os, sys, collections
path, frames = sys.argv[1], sys.argv[2:]
threads, main = collections.Counter(), []
for line in open(path):
    stack, n = line.rsplit(' ', 1)
    name = stack.split(';')[0]
    threads[name.split(' tid=')[0].lstrip('[')] += int(n)
    if name.startswith('[main '):
        main.append((stack, int(n)))
total = sum(threads.values())
print(f"samples ({os.environ['UNIT']} each): {total}")
for name, n in threads.most_common(8):
    print(f"  {n:6d}  {100 * n / total:5.1f} %  {name}")
main_total = sum(n for _, n in main)
print(f"main thread, inclusive share of {main_total} samples:")
for frame in frames:
    n = sum(c for s, c in main if frame in s)
    print(f"  {100 * n / max(1, main_total):5.1f} %  {frame}")
PY
