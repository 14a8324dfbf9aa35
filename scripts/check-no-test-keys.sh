#!/bin/sh
# Fails when any test key (see dev.tradescope.testing.TestKeys) appears in the output of a test run.
# Run after `./mvnw verify`: tradescope logs every HTTP call at DEBUG during tests (logback-test.xml).
set -eu
cd "$(dirname "$0")/.."
keys='AVKEY-zq81 FMPKEY-xy42 FREDKEY-wv77 CGKEY-ut19'
found=0
for key in $keys; do
  if grep -rl --include='*.txt' --include='*.xml' -e "$key" tradescope-*/target/surefire-reports tradescope-*/target/failsafe-reports 2>/dev/null; then
    echo "test key $key found in the files above" >&2
    found=1
  fi
done
[ "$found" -eq 0 ] && echo "no test key in any test output"
exit "$found"
