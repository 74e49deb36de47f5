#!/usr/bin/env bash
# The long fuzz run of the edge parsers (not part of the test command):
# 100,000 cases per property by default; FUZZ_CASES=N to change.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
FUZZ_CASES="${FUZZ_CASES:-100000}" cargo test --release --locked --test fuzz -- --nocapture
