#!/usr/bin/env bash
# Release build into dist/: the article page (content-hashed names, SRI
# integrity attributes), the embeddable <framework-advisor> script and its wasm,
# then a size and hash table of what ships.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# The article page's wasm is built like the embed's: the environment comes
# from scripts/wasm-toolchain.mjs (std rebuilt with immediate-abort panics
# where rust-src is installed, docs/toolchain.md; plain panic=abort without
# it or on the Debian fallback); src/embed/article-crash.js shows the reload
# message on a trap.
mapfile -t toolchain < <(wasm node scripts/wasm-toolchain.mjs)
wasm env "${toolchain[@]}" trunk build --release
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
