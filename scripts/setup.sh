#!/usr/bin/env bash
# Installs whatever the project needs and is missing; safe to run again (a
# second run finds everything and installs nothing). Needs root, or sudo, only
# for the apt packages (Chromium, chromedriver, Firefox ESR, WebKitGTK's
# WebDriver, Xvfb, DejaVu fonts, brotli).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

apt_updated=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "installing ${missing[*]} with apt-get (needs root${SUDO:+; using sudo})"
  # Waits for the lock when another apt job of this script holds it.
  local lock=(-o DPkg::Lock::Timeout=900)
  if [ -z "$apt_updated" ]; then $SUDO apt-get "${lock[@]}" update -q >/dev/null; apt_updated=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# Downloads (apt, npm) run in the background while cargo compiles the tools,
# which is most of a fresh machine's set-up (docs/toolchain.md has the
# figures). Each job's output goes to a log, shown if it fails.
JOBS_DIR="$(mktemp -d)"
jobs_started=()
in_background() {
  local name="$1"
  shift
  ( "$@" ) > "$JOBS_DIR/$name.log" 2>&1 &
  jobs_started+=("$!:$name")
}
wait_for_background() {
  local failed=0 entry
  for entry in "${jobs_started[@]}"; do
    if ! wait "${entry%%:*}"; then
      echo "error: ${entry#*:} failed:" >&2
      cat "$JOBS_DIR/${entry#*:}.log" >&2
      failed=1
    else
      cat "$JOBS_DIR/${entry#*:}.log"
    fi
  done
  jobs_started=()
  rm -rf "$JOBS_DIR"
  return $failed
}

# --- browser, its baseline fonts, and compression tools ---------------------
# DejaVu is what Debian's Chromium falls back to; a machine without it would
# render the tests' pages in whatever font it happens to have.
# The two other engine families, for the smoke tests (e2e/engines/smoke.mjs):
# Firefox ESR speaks WebDriver BiDi itself; WebKitGTK's MiniBrowser is driven
# through WebKitWebDriver and has no headless mode, hence Xvfb.
BROWSERS=(chromium chromium-driver fonts-dejavu-core brotli firefox-esr webkit2gtk-driver xvfb)
# A real WordPress host for e2e/wordpress.spec.mjs: Debian's package with its
# default theme, MariaDB and PHP (served by PHP's own server on 127.0.0.1).
HOSTS=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
if ! command -v node >/dev/null; then
  # npm needs node before the background jobs start.
  apt_install nodejs npm "${BROWSERS[@]}" "${HOSTS[@]}"
else
  in_background apt apt_install "${BROWSERS[@]}" "${HOSTS[@]}"
fi

# --- Node dev tools (wasm-opt, Playwright, axe-core) -----------------------
npm_tree() {
  local dir="$1" what="$2"
  if [ ! -f "$dir/node_modules/.installed" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.installed" ]; then
    step "installing $what"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$dir/node_modules/.installed"
  fi
}
in_background npm-tools npm_tree . "Node dev tools (binaryen's wasm-opt, Playwright, axe-core)"
# The consumer matrix's toolchains (React, Vue, Svelte on Vite, webpack, Next.js),
# pinned by their own lockfile (e2e/consumers.spec.mjs).
in_background npm-consumers npm_tree e2e/consumers "the consumer apps' toolchains (React, Vue, Svelte, Vite, webpack, Next.js)"

# --- Rust ------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  echo "error: no cargo found. Install Rust with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
# The standard library's source: the release wasm rebuilds std with
# immediate-abort panics (README, "Toolchain"). Without it the release still
# builds, with ordinary panics and an 11 KB larger wasm.
rustup component list --installed 2>/dev/null | grep -q '^rust-src' ||
  timeout 300 rustup component add rust-src ||
  echo "warning: could not add rust-src; the release wasm will be built with ordinary panics" >&2

build_fallback_sysroot() {
  step "building the Debian rustc-web fallback for wasm32 (one-time, ~5 min)"
  apt_install rustc-web cargo-web rust-web-src lld-22
  rm -rf "$FALLBACK_DIR"
  mkdir -p "$FALLBACK_DIR/bin" "$FALLBACK_DIR/sysroot/lib/rustlib/wasm32-unknown-unknown/lib" "$FALLBACK_DIR/std"
  ln -sf /usr/bin/cargo "$FALLBACK_DIR/bin/cargo"
  ln -sf /usr/bin/rustc "$FALLBACK_DIR/bin/rustc"
  ln -sf /usr/bin/rustdoc "$FALLBACK_DIR/bin/rustdoc"
  ln -sf /usr/lib/llvm-22/bin/lld "$FALLBACK_DIR/bin/rust-lld"
  # A dummy crate whose only purpose is to compile std for wasm32.
  (
    cd "$FALLBACK_DIR/std"
    printf '[package]\nname = "std-for-wasm"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "lib.rs"\n' > Cargo.toml
    : > lib.rs
    # Embedded bitcode lets the release profile's LTO see into std.
    PATH="$FALLBACK_DIR/bin:$PATH" RUSTC_BOOTSTRAP=1 \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C embed-bitcode=yes" \
      /usr/bin/cargo build --release -Zbuild-std=std,panic_abort,test --target wasm32-unknown-unknown
    cp target/wasm32-unknown-unknown/release/deps/*.rlib \
      "$FALLBACK_DIR/sysroot/lib/rustlib/wasm32-unknown-unknown/lib/"
  )
  touch "$FALLBACK_DIR/ready"
}

if [ -n "${FA_FORCE_FALLBACK:-}" ]; then
  [ -f "$FALLBACK_DIR/ready" ] || build_fallback_sysroot
elif rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  :
elif step "adding the wasm32-unknown-unknown target with rustup (one-time, ~1 min)" &&
  timeout 300 rustup target add wasm32-unknown-unknown; then
  :
elif [ ! -f "$FALLBACK_DIR/ready" ]; then
  build_fallback_sysroot
fi

# --- cargo-installed tools -------------------------------------------------
tool_version() { "$1" --version 2>/dev/null | awk '{print $2}' || true; }

# The two tools are compiled from crates.io, which is most of a fresh
# machine's set-up. They only run at build time, on small inputs, so they
# are built for a quick compile rather than peak speed: opt-level 1, no LTO,
# parallel codegen units (trunk 10.6 → 7.0 min, wasm-bindgen-cli 2.7 → 2.1
# min on 2 cores; a page build takes the same 0.8 s with either trunk:
# docs/toolchain.md). Trunk's update check is left out: it would try the
# network on every build.
fast_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}
if [ "$(tool_version trunk)" != "$TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (one-time, ~7 min on 2 cores)"
  fast_install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version \
    --no-default-features --features rustls
fi
if [ "$(tool_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (one-time, ~2 min)"
  # Not --locked: the locked dependency set does not build with this toolchain.
  fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- crates that offline steps rely on ---------------------------------------
# Trunk runs cargo with --offline, and the release wasm rebuilds std from
# rust-src (-Zbuild-std), whose own dependencies (moto-rt, hashbrown, …) come
# from crates.io like any other: a cargo home that never built this project
# has none of them. Fetch every lockfile's crates up front (quick and silent
# when they are all cached). The standard library's manifest uses unstable
# Cargo features, hence RUSTC_BOOTSTRAP for that one fetch.
fetch_crates() {
  local manifest="$1" what="$2"
  shift 2
  env "$@" cargo fetch --locked --offline --manifest-path "$manifest" >/dev/null 2>&1 && return 0
  step "fetching the crates of $what (one-time)"
  env "$@" cargo fetch --locked --manifest-path "$manifest" --quiet
}
fetch_crates Cargo.toml "the workspace"
fetch_crates bench/floor/Cargo.toml "the benchmark's empty Yew app"
library="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if [ -f "$library" ]; then
  fetch_crates "$library" "the standard library, for the release wasm's -Zbuild-std" RUSTC_BOOTSTRAP=1
fi

# --- the downloads started above ----------------------------------------------
wait_for_background
