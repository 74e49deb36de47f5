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

# The build the reader-first work started from (2026-12-07), built once into
# target/bench-baseline/<commit>/dist from a git worktree, so each run
# measures today's and that build's interaction latency side by side.
BASELINE_REF="${BENCH_BASELINE_REF:-cd17ea4b9238631a538e2419f457125ce300bcfc}"
BASELINE_DIR="$ROOT/target/bench-baseline/$BASELINE_REF"
if [[ ! -f "$BASELINE_DIR/dist/index.html" ]]; then
  step "baseline build ($BASELINE_REF)"
  rm -rf "$BASELINE_DIR"
  git worktree prune
  git worktree add --detach "$BASELINE_DIR" "$BASELINE_REF" > /dev/null
  (cd "$BASELINE_DIR" && ln -sfn "$ROOT/node_modules" node_modules && bash scripts/release.sh > /dev/null)
fi

step "browser measurements"
BENCH_BASELINE_DIST="$BASELINE_DIR/dist" node bench/run.mjs "$ROOT/target/engine-bench.txt"

step "Lighthouse (article page and embed builder, mobile and desktop)"
node scripts/lighthouse.mjs
