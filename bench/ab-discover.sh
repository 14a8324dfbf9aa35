#!/usr/bin/env bash
# Compares two revisions of tradescope on one command by alternating their runs: A, B, A, B...
# Timings on a shared machine drift by tens of percent between minutes; alternating runs see the same
# drift, so the difference between the two medians holds where absolute figures do not.
#
#   bash bench/ab-discover.sh 9702233 HEAD -- discover demo_portfolio --workspace examples/demo-workspace --as-of 2025-07-31
#   RUNS=15 bash bench/ab-discover.sh HEAD~3 HEAD -- discover big.csv --workspace /tmp/ws --as-of 2025-07-31
#   OPTS_B="-XX:CICompilerCount=3" bash bench/ab-discover.sh HEAD HEAD -- discover big.csv --workspace /tmp/ws
#
# OPTS_A and OPTS_B, when set, are the JVM options (TRADESCOPE_JAVA_OPTS) of each side's runs: to compare
# flags on one build, give the same revision twice. JAVA_A and JAVA_B, when set, are each side's JAVA_HOME
# (to compare Java releases: JAVA_B=/usr/lib/jvm/temurin-25-jdk-amd64 bash bench/ab-discover.sh HEAD HEAD -- ...).
#
# Each revision is checked out in a git worktree under bench/data/ab/, built and started by its own
# ./tradescope launcher (with its own class-data archive and JVM flags). Relative paths in the command
# are taken from this checkout. Prints, per revision, the median wall time, the median CPU time (user +
# system, all threads) and the highest and the median peak RSS, from /usr/bin/time. Output files go to a temp folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ "$#" -ge 3 ] && [ "$3" = "--" ] || { echo "usage: $0 REV_A REV_B -- COMMAND ARGS..." >&2; exit 2; }
rev_a="$1"; rev_b="$2"; shift 3
runs="${RUNS:-11}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Relative paths of the command, resolved against this checkout so that both revisions read the same files.
args=()
for arg in "$@"; do
  if [ -e "$here/$arg" ] && [ "${arg#/}" = "$arg" ]; then args+=("$here/$arg"); else args+=("$arg"); fi
done

tree() { # revision -> worktree folder, built and with its archive made
  local sha dir
  sha="$(git -C "$here" rev-parse --short "$1")"
  dir="$here/bench/data/ab/$sha"
  if [ ! -d "$dir" ]; then
    git -C "$here" worktree add --detach "$dir" "$sha" >/dev/null 2>&1
  fi
  (cd "$dir" && ./tradescope --version >/dev/null)
  echo "$dir"
}
dir_a="$(tree "$rev_a")"
dir_b="$(tree "$rev_b")"
# each side's Java (its launcher makes that Java's archive on first use)
for side_java in "$dir_a:${JAVA_A:-${JAVA_HOME:-}}" "$dir_b:${JAVA_B:-${JAVA_HOME:-}}"; do
  (cd "${side_java%%:*}" && JAVA_HOME="${side_java#*:}" ./tradescope --version >/dev/null)
done

for i in $(seq "$runs"); do
  for side in A B; do
    dir="$dir_a"; opts="${OPTS_A:-${TRADESCOPE_JAVA_OPTS:-}}"; java_home="${JAVA_A:-${JAVA_HOME:-}}"
    [ "$side" = B ] && { dir="$dir_b"; opts="${OPTS_B:-${TRADESCOPE_JAVA_OPTS:-}}"; java_home="${JAVA_B:-${JAVA_HOME:-}}"; }
    JAVA_HOME="$java_home" TRADESCOPE_JAVA_OPTS="$opts" /usr/bin/time -a -o "$work/$side.txt" -f "%e %U %S %M" "$dir/tradescope" "${args[@]}" \
      --output "$work/out.json" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'; }

report() { # side, revision
  local f="$work/$1.txt"
  printf '%s %-12s wall median %s s (min %s)  cpu median %s s  peak RSS %d MB (median %.1f)  (%d runs)\n' "$1" "$2" \
    "$(awk '{ print $1 }' "$f" | median)" "$(awk '{ print $1 }' "$f" | sort -n | head -1)" \
    "$(awk '{ print $2 + $3 }' "$f" | median)" "$(( $(awk '{ print $4 }' "$f" | sort -n | tail -1) / 1024 ))" \
    "$(awk '{ print $4 / 1024 }' "$f" | median)" "$(wc -l < "$f")"
}
report A "$rev_a${OPTS_A:+ $OPTS_A}${JAVA_A:+ ($JAVA_A)}"
report B "$rev_b${OPTS_B:+ $OPTS_B}${JAVA_B:+ ($JAVA_B)}"
