#!/usr/bin/env bash
# Release build into dist/: the article page (content-hashed names, SRI
# integrity attributes), the embeddable <framework-advisor> script and its wasm,
# then a size and hash table of what ships.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# The article page's wasm, like the embed's (scripts/build-embed.mjs): std
# rebuilt from rust-src with panic=immediate-abort, through RUSTC_BOOTSTRAP on
# the pinned stable (README, "Toolchain"); src/embed/article-crash.js shows
# the reload message on a trap. Without rust-src, or on the Debian fallback,
# plain panic=abort with the Rust panic hook.
if [ -z "${FA_WASM_FALLBACK:-}" ] && ! using_fallback &&
  [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(node --input-type=module -e "import('./scripts/wasm-toolchain.mjs').then((m) => console.log(m.RELEASE_RUSTFLAGS))")" \
    trunk build --release
else
  wasm trunk build --release
fi
wasm node scripts/shorten-page.mjs
wasm node scripts/build-embed.mjs
printf '\n%-48s %9s %9s %9s  %s\n' "file" "raw" "gzip -9" "brotli" "sha384 (SRI)"
for f in dist/*.wasm dist/*.js dist/*.css dist/*.html; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  sri="sha384-$(openssl dgst -sha384 -binary "$f" | openssl base64 -A)"
  printf '%-48s %9d %9d %9d  %s\n' "$(basename "$f")" "$raw" "$gz" "$br" "$sri"
done
