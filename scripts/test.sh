#!/usr/bin/env bash
# Runs every check: formatting, lints, native engine tests, component tests in
# headless Chromium, a release build, Playwright page tests, and Lighthouse's
# accessibility, best-practices and SEO audits (each must score 100). Installs
# whatever is missing first (scripts/setup.sh). Exits non-zero on any failure.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

setup_start=$SECONDS
bash scripts/setup.sh
setup_took=$((SECONDS - setup_start))

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log "$LOGS"/*.json
# Runs a named check, keeping its output and its duration for the summary
# at the end.
run() {
  local name="$1" start=$SECONDS
  shift
  step "$name"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  printf '%-16s %4d s\n' "$name" $((SECONDS - start)) >> "$LOGS/durations.txt"
}
: > "$LOGS/durations.txt"

run fmt cargo fmt --all --check
run clippy cargo clippy --workspace --all-targets --locked -- -D warnings
if using_fallback; then
  echo "(wasm32 clippy skipped: the fallback toolchain has no matching clippy)"
else
  run clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
  # The article page's build: no `element` feature.
  run clippy-article cargo clippy --target wasm32-unknown-unknown --no-default-features --bins --locked -- -D warnings
fi
run native-tests cargo test --workspace --locked
run docs env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --workspace --locked
run wasm-tests wasm cargo test --target wasm32-unknown-unknown --locked
run release-build bash scripts/release.sh
run types npx tsc -p e2e/types
run page-tests playwright test
run engines node e2e/engines/smoke.mjs
run lighthouse node scripts/lighthouse.mjs --check

step "summary"
printf '%-16s %4d s\n' setup "$setup_took" | cat - "$LOGS/durations.txt" | sed 's/^/took: /'
grep -h '^consumers:' "$LOGS/page-tests.log" || true
for log in native-tests wasm-tests; do
  grep -h '^test result:' "$LOGS/$log.log" | sed "s/^/$log: /"
done
grep -hE '^\s+[0-9]+ (passed|failed|flaky|skipped)' "$LOGS/page-tests.log" | sed 's/^ */page-tests: /'
node scripts/slowest-tests.mjs "$LOGS/page-tests.json" | sed 's/^/page-tests: /'
grep -h '^engines:' "$LOGS/engines.log"
grep -h '^lighthouse:' "$LOGS/lighthouse.log"
