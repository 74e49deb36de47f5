#!/usr/bin/env bash
# Checks that the release is reproducible: builds the current commit twice —
# in this working copy, and in a clean clone with an empty cargo home and an
# empty npm cache (the installed tools are kept) — and compares the SHA-384 of
# every file in dist/. Prints the table, writes it with the verdict into
# bench/results.md (between the reproducible:begin/end markers) and exits
# non-zero when any file differs. Not part of the test command: two release
# builds, one of them cold, take about 6 minutes.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  echo "reproduce: the working copy has uncommitted changes; both builds must be of one commit" >&2
  exit 1
fi
commit="$(git rev-parse --short=12 HEAD)"
bash scripts/setup.sh

# One line per file of a dist/ folder: its path and its SHA-384, in SRI form.
hashes() {
  (cd "$1" && find . -type f | LC_ALL=C sort | while read -r f; do
    printf '%s sha384-%s\n' "${f#./}" "$(openssl dgst -sha384 -binary "$f" | openssl base64 -A)"
  done)
}

step "release build 1 of $commit: this working copy"
bash scripts/release.sh >/dev/null
here="$(hashes dist)"

work="$(mktemp -d -t reproduce.XXXXXX)"
trap 'rm -rf "$work"' EXIT
git clone -q "$ROOT" "$work/project"
mkdir -p "$work/cargo"
cp -a "${CARGO_HOME:-$HOME/.cargo}/bin" "$work/cargo/bin"
step "release build 2 of $commit: a clean clone, empty cargo home and npm cache ($work)"
(
  cd "$work/project"
  export CARGO_HOME="$work/cargo" npm_config_cache="$work/npm-cache"
  bash scripts/setup.sh >/dev/null
  bash scripts/release.sh >/dev/null
)
there="$(hashes "$work/project/dist")"

differing="$(diff <(echo "$here") <(echo "$there") | grep -c '^[<>]' || true)"
files="$(echo "$here" | wc -l)"
if [ "$differing" = 0 ]; then
  verdict="identical: all $files files of dist/ have the same SHA-384 in both builds"
else
  verdict="DIFFERENT: $differing lines of the two hash lists disagree"
fi
table="$(echo "$here" | grep -E '^(framework-advisor\.js|framework-advisor-[0-9a-f]{16}\.wasm|framework-advisor-offline\.html|index\.html|framework-advisor-[0-9a-f]{16}_bg\.wasm|embed\.json|npm/framework-advisor\.mjs) ' |
  awk '{ printf "| `%s` | `%s` |\n", $1, $2 }')"
section="<!-- reproducible:begin -->
## Reproducible release

\`bash scripts/reproduce.sh\` on $(date -u +%Y-%m-%d), commit \`$commit\`: one release build in the
working copy, one in a clean clone with an empty cargo home and npm cache. Result: **$verdict**.

| file | SHA-384 (both builds) |
|---|---|
$table
<!-- reproducible:end -->"
node -e '
  const fs = require("fs");
  const [file, section] = [process.argv[1], process.argv[2]];
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmark results\n";
  const start = old.indexOf("<!-- reproducible:begin -->");
  const end = old.indexOf("<!-- reproducible:end -->");
  const next = start < 0
    ? old.trimEnd() + "\n\n" + section + "\n"
    : old.slice(0, start) + section + old.slice(end + "<!-- reproducible:end -->".length);
  fs.writeFileSync(file, next);
' bench/results.md "$section"
echo "$section"
if [ "$differing" != 0 ]; then
  diff <(echo "$here") <(echo "$there") || true
  exit 1
fi
