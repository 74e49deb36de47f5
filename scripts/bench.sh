#!/usr/bin/env bash
# The benchmark command (not part of the test command): builds the release
# artifacts and an empty Yew app as the floor, runs the engine benchmark, then
# measures sizes, startup, interaction latency and memory in headless Chromium,
# then runs Lighthouse on the release pages. Prints Markdown tables and writes
# them to bench/results.md. Takes ~6 min.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh

step "release build"
bash scripts/release.sh > /dev/null

step "Yew floor (empty app): plain release profile, and the embed's toolchain"
wasm node bench/floor.mjs

step "engine benchmark"
cargo bench --locked -p advisor-engine --bench engine | tee "$ROOT/target/engine-bench.txt"

step "browser measurements"
node bench/run.mjs "$ROOT/target/engine-bench.txt"

step "Lighthouse (article page and embed builder, mobile and desktop)"
node scripts/lighthouse.mjs
