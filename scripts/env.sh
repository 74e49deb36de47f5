# Sourced by the other scripts: tool paths and pinned versions, one place.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.22.1"
WASM_BINDGEN_VERSION="0.2.130"
# Tools that must outlive a clean clone (fallback sysroot) live in the user cache.
CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/framework-advisor"
FALLBACK_DIR="$CACHE_DIR/wasm-fallback"

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="wasm-bindgen-test-runner"

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# True when the wasm32 target comes from the Debian build-std fallback
# (set up by scripts/setup.sh when rustup could not download the target).
using_fallback() { [ -f "$FALLBACK_DIR/ready" ]; }

# Runs a command with the toolchain that can build wasm32: rustup's when it has
# the target, else Debian's rustc-web with the prebuilt sysroot.
wasm() {
  if using_fallback; then
    local flags="--sysroot $FALLBACK_DIR/sysroot"
    PATH="$FALLBACK_DIR/bin:$PATH" \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags ${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}" \
      RUSTDOCFLAGS="$flags ${RUSTDOCFLAGS:-}" \
      "$@"
  else
    "$@"
  fi
}
