#!/usr/bin/env bash
# Re-checks every package the advice names against PyPI (not part of the
# test command: it needs the network). See scripts/check-packages.py.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 scripts/check-packages.py "$@"
