#!/usr/bin/env bash
# Builds the widget page and serves it on http://127.0.0.1:8080, rebuilding on
# every change. Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
step "serving on http://127.0.0.1:8080 (Ctrl-C to stop)"
wasm trunk serve
