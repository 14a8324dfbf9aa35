#!/usr/bin/env bash
# What the JIT compiled during one `./tradescope` run: runs it with -XX:+LogCompilation and prints, per level
# (1-3 the quick compiler, 4 the optimising one), the compilations and the time the compiler threads spent on
# them; the largest optimising compilations (code size, bytes inlined, when); and the compilations of the run's
# last WINDOW seconds (default 1.5), where the end of a run (documents, market context) compiles its code:
#
#   bash bench/compilations.sh discover bench/data/synthetic_10000000.csv --workspace EMPTY_DIR --as-of 2025-07-31 --quiet --output /tmp/out.json
#   WINDOW=1 TOP=20 bash bench/compilations.sh discover bench/data/synthetic_1000000.csv ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
TRADESCOPE_JAVA_OPTS="${TRADESCOPE_JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=$work/jit.log" \
  "$here/tradescope" "$@" >/dev/null
python3 - "$work/jit.log" "${WINDOW:-1.5}" "${TOP:-10}" <<'PY'
import collections, html, re, sys
log, window, top = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
done, task = [], None
for line in open(log, errors='replace'):
    if line.startswith('<task '):
        level = re.search(r" level='(\d)'", line)
        task = {'method': html.unescape(re.search(r" method='([^']+)'", line).group(1)),
                'start': float(re.search(r" stamp='([\d.]+)'", line).group(1)),
                'level': level.group(1) if level else '4', 'osr': "compile_kind='osr'" in line}
    elif task and line.startswith('<task_done'):
        size = re.search(r" nmsize='(\d+)'", line)
        inlined = re.search(r" inlined_bytes='(\d+)'", line)
        task['seconds'] = float(re.search(r" stamp='([\d.]+)'", line).group(1)) - task['start']
        task['size'] = int(size.group(1)) if size else 0
        task['inlined'] = int(inlined.group(1)) if inlined else 0
        done.append(task)
        task = None
if not done:
    sys.exit('no compilation in the log')
end = max(t['start'] for t in done)
print('level  compilations  compiler time   in the last %.1f s' % window)
for level in '1234':
    tasks = [t for t in done if t['level'] == level]
    late = [t for t in tasks if t['start'] > end - window]
    print('%5s  %12d  %11.2f s   %d (%.0f kB of code)' % (level, len(tasks), sum(t['seconds'] for t in tasks),
                                                         len(late), sum(t['size'] for t in late) / 1000))
print('largest optimising compilations:')
for t in sorted((t for t in done if t['level'] == '4'), key=lambda t: -t['size'])[:top]:
    print('  %6.2f s  %6.1f kB of code  %5d bytes inlined  %s%s' % (t['start'], t['size'] / 1000, t['inlined'],
                                                                  'OSR ' if t['osr'] else '', t['method'][:100]))
PY
