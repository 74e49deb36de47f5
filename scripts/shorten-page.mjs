// Gives the article page (dist/ after `trunk build --release`) the same short
// import and export names as the embed (scripts/short-names.mjs): rewrites
// Trunk's wasm and glue in place and the SRI hashes index.html has for them,
// and writes the renames to target/article-names.json.
// The content-hashed file names stay: still unique per build.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { shortenNames } from './short-names.mjs';
import { WASM_OPT_FLAGS } from './wasm-toolchain.mjs';

const DIST = 'dist';
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let page = readFileSync(`${DIST}/index.html`, 'utf8');
const find = (pattern) => {
  const found = page.match(pattern);
  if (!found) throw new Error(`dist/index.html: no ${pattern}`);
  return found[0];
};
const wasmFile = find(/framework-advisor-[0-9a-f]+_bg\.wasm/);
const glueFile = find(/framework-advisor-[0-9a-f]+\.js/);
// Trunk leaves the wasm unoptimised (`data-wasm-opt="0"` in index.html):
// wasm-opt runs here with the release flags of scripts/wasm-toolchain.mjs,
// the same as the embed's, so the flags have one home.
const trunkWasm = readFileSync(`${DIST}/${wasmFile}`);
execFileSync('wasm-opt', [...WASM_OPT_FLAGS, `${DIST}/${wasmFile}`, '-o', `${DIST}/${wasmFile}.opt`], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const wasm = readFileSync(`${DIST}/${wasmFile}.opt`);
rmSync(`${DIST}/${wasmFile}.opt`);
const glue = readFileSync(`${DIST}/${glueFile}`, 'utf8');
const short = shortenNames(wasm, glue);
for (const [before, after] of [
  [trunkWasm, short.wasm],
  [Buffer.from(glue), Buffer.from(short.glue)],
]) {
  if (!page.includes(sri(before))) throw new Error(`dist/index.html has no integrity ${sri(before)}`);
  page = page.replaceAll(sri(before), sri(after));
}
// One download of the wasm, checked, in every engine: Trunk's
// `<link rel=preload>` for it is dropped (WebKit does not reuse it for
// wasm-bindgen's fetch and downloads the file twice; Chromium ignores its
// `integrity`), and the start-up script fetches it with the integrity
// itself (wasm-bindgen's init awaits a Response promise).
const preload = find(/<link[^>]*rel=preload[^>]*>/);
if (!preload.includes(wasmFile)) throw new Error(`dist/index.html: the preload is not for ${wasmFile}`);
page = page.replace(preload, '');
const start = `module_or_path:\`/${wasmFile}\``;
if (!page.includes(start)) throw new Error(`dist/index.html: no ${start}`);
page = page.replace(start, `module_or_path:fetch(\`/${wasmFile}\`,{integrity:"${sri(short.wasm)}"})`);
writeFileSync(`${DIST}/${wasmFile}`, short.wasm);
writeFileSync(`${DIST}/${glueFile}`, short.glue);
writeFileSync(`${DIST}/index.html`, page);
// Which short name is which (not shipped): the crash test finds the event
// handler's entry point through it.
writeFileSync('target/article-names.json', `${JSON.stringify(short.renames, null, 2)}\n`);
