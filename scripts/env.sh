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

# True when wasm32 builds use the Debian build-std fallback: it is built
# (scripts/setup.sh does that when rustup cannot download the target) and
# rustup has no wasm32 target, or FA_FORCE_FALLBACK is set.
using_fallback() {
  [ -f "$FALLBACK_DIR/ready" ] || return 1
  [ -n "${FA_FORCE_FALLBACK:-}" ] && return 0
  ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

# Runs a command with the toolchain that can build wasm32: rustup's when it has
# the target, else Debian's rustc-web with the prebuilt sysroot.
wasm() {
  if using_fallback; then
    local flags="--sysroot $FALLBACK_DIR/sysroot"
    PATH="$FALLBACK_DIR/bin:$PATH" FA_WASM_FALLBACK=1 \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags ${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}" \
      RUSTDOCFLAGS="$flags ${RUSTDOCFLAGS:-}" \
      "$@"
  else
    "$@"
  fi
}
