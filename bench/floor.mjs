// Builds the Yew floor (bench/floor: an empty Yew 0.23 app) two ways, into
// target/bench-floor/:
//   plain/  the crate's release profile, wasm-opt -Oz, wasm-bindgen's glue as
//           it comes: the floor the size targets were first written against;
//   lean/   the embed's whole toolchain (scripts/wasm-toolchain.mjs: std
//           rebuilt with immediate-abort, the same wasm-opt flags; short
//           names; glue minified with terser), to compare like with like.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { shortenNames } from '../scripts/short-names.mjs';
import { releaseWasmBuild, WASM_OPT_FLAGS } from '../scripts/wasm-toolchain.mjs';

const TARGET = 'target/bench-floor';
const run = (command, args, options = {}) =>
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });

function floor(kind, build, optFlags) {
  const targetDir = `${TARGET}/cargo-${kind}`;
  const out = `${TARGET}/${kind}`;
  run(
    'cargo',
    ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--target-dir', `../../${targetDir}`],
    { cwd: 'bench/floor', env: { ...process.env, ...build.env } },
  );
  mkdirSync(out, { recursive: true });
  run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', out,
    `${targetDir}/wasm32-unknown-unknown/release/yew_floor.wasm`]);
  run('wasm-opt', [...optFlags, `${out}/yew_floor_bg.wasm`, '-o', `${out}/yew_floor_bg.wasm`]);
  copyFileSync('bench/floor/index.html', `${out}/index.html`);
  return out;
}

floor('plain', { env: {} }, ['-Oz']);
const lean = floor('lean', releaseWasmBuild(), WASM_OPT_FLAGS);
const short = shortenNames(readFileSync(`${lean}/yew_floor_bg.wasm`), readFileSync(`${lean}/yew_floor.js`, 'utf8'));
writeFileSync(`${lean}/yew_floor_bg.wasm`, short.wasm);
writeFileSync(`${lean}/yew_floor.js`, (await minify(short.glue, { compress: true, mangle: true })).code);
