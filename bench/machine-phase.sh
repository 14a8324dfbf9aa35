#!/usr/bin/env bash
# Tells how fast this (shared, virtual) machine is right now, so that timings taken at different
# moments can be compared: the median wall time of 7 starts of a bare JVM (`java -Xshare:auto
# -version`) and the CPU pressure the kernel reports (share of time something runnable waited for a
# CPU over the last 10 and 60 s; it counts this VM's own work too, so run this after some seconds of
# idleness), after the processor's model (the VM does not always run on the same kind of host).
# Run it before and after a benchmark.
#
#   bash bench/machine-phase.sh
set -euo pipefail
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
pressure="n/a"
if [ -r /proc/pressure/cpu ]; then
  pressure="$(awk '/^some/ { sub("avg10=", "", $2); sub("avg60=", "", $3); print $2 " % / " $3 " %" }' /proc/pressure/cpu)"
fi
walls=()
for _ in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  "$java_cmd" -Xshare:auto -version >/dev/null 2>&1
  walls+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 4p)
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
mhz="$(awk -F': ' '/^cpu MHz/ { printf "%.0f", $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
echo "cpu: ${cpu:-unknown} ${mhz:+at $mhz MHz} ($(nproc) online)"
echo "bare JVM start (java -version, median of 7): ${median} ms; cpu pressure (some, 10 s / 60 s): $pressure"
