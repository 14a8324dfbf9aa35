#!/usr/bin/env bash
# Regenerates the demo workspace's generated data (prices, series, trade history) from its seed.
# The research notes under examples/demo-workspace/data/outputs are hand-written and left as they are.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./mvnw -q -B -Pbench -pl tradescope-bench -am package -DskipTests
java -cp tradescope-bench/target/tradescope-bench.jar dev.tradescope.bench.data.DemoWorkspaceGenerator examples/demo-workspace
echo "demo workspace regenerated in examples/demo-workspace"
