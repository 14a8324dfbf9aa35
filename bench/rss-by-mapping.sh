#!/usr/bin/env bash
# Where a run's resident memory is at its end: copies the JVM's /proc/PID/smaps every 50 ms while
# `./tradescope ARGS...` runs, then sums the resident KB of the last copy by kind of mapping: the Java
# heap (the largest anonymous mapping), the code cache (anonymous, executable), other anonymous memory
# (the C library's heaps, thread stacks, metaspace, the GC's tables), and each file (the JVM's library, the
# class-data archives, the JDK's modules). Prints VmHWM too. Two runs side by side show what one has more of:
#
#   bash bench/rss-by-mapping.sh discover bench/data/synthetic_1000000.csv --workspace EMPTY_DIR --as-of 2025-07-31 --quiet
#
# Linux only. The last copy is taken up to 50 ms before the end: what the very last moment adds is missed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/tradescope" "$@" >/dev/null &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  cp "/proc/$pid/smaps" "$work/smaps.tmp" 2>/dev/null && mv "$work/smaps.tmp" "$work/smaps"
  grep VmHWM "/proc/$pid/status" > "$work/hwm.tmp" 2>/dev/null && mv "$work/hwm.tmp" "$work/hwm"
  sleep 0.05
done
wait "$pid" || true
cat "$work/hwm"
python3 - "$work/smaps" <<'PY'
import collections, re, sys
maps = []
for line in open(sys.argv[1]):
    m = re.match(r'^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$', line)
    if m:
        maps.append([int(m.group(2), 16) - int(m.group(1), 16), m.group(3), m.group(4).strip(), 0])
    elif line.startswith('Rss:'):
        maps[-1][3] = int(line.split()[1])
anon = [m for m in maps if not m[2]]
heap = max(anon, key=lambda m: m[0] if 'w' in m[1] and 'x' not in m[1] else -1)
kinds = collections.Counter()
for m in maps:
    size, perms, name, rss = m
    if m is heap:
        kind = 'Java heap (%d MB mapped)' % (size >> 20)
    elif not name:
        kind = 'code cache' if 'x' in perms else 'other anonymous (C heaps, stacks, metaspace, GC)'
    else:
        kind = name.rsplit('/', 1)[-1]
    kinds[kind] += rss
print('%8.1f MB  resident at the last copy' % (sum(kinds.values()) / 1024))
for kind, kb in kinds.most_common():
    if kb >= 256:
        print('%8.1f MB  %s' % (kb / 1024, kind))
PY
