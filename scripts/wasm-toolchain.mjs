// How a release wasm is built and optimised: shared by the embed build
// (scripts/build-embed.mjs), Trunk's article-page build (scripts/release.sh
// runs this file, which prints the environment as KEY=value lines) and the
// benchmark's Yew floor (bench/floor.mjs), so all three use one toolchain.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The environment for a release wasm32 build (`panic` says which kind: the
 * size budgets depend on it).
 *
 * Panics trap at once (`-Cpanic=immediate-abort`, std rebuilt from rust-src
 * with `-Zbuild-std`): no panic machinery, messages or location records ship,
 * 11 KB brotli less; the loader turns the trap into the reload message and
 * `advisor-error`. std's `optimize_for_size` feature picks its smaller
 * algorithms (0.4 KB). Without the `reference-types` target feature,
 * wasm-bindgen keeps JS values in a JS-side slab instead of an externref
 * table: 0.7 KB less wasm for 0.1 KB more glue. The first two are unstable
 * options of the pinned stable toolchain, enabled for this one build with
 * RUSTC_BOOTSTRAP (docs/toolchain.md). Without rust-src, and on the Debian
 * fallback toolchain (FA_WASM_FALLBACK), the prebuilt sysroot is linked
 * instead: panic=abort, with the panic hook, a larger wasm.
 */
export function releaseWasmBuild() {
  const sysroot = execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim();
  if (process.env.FA_WASM_FALLBACK || !existsSync(`${sysroot}/lib/rustlib/src/rust/library`)) {
    return { panic: 'abort', env: {} };
  }
  return {
    panic: 'immediate-abort',
    env: {
      RUSTC_BOOTSTRAP: '1',
      // `-Zbuild-std` and `-Zbuild-std-features` as Cargo configuration, so
      // that Trunk's own cargo call gets them too.
      CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
      CARGO_UNSTABLE_BUILD_STD_FEATURES: 'optimize_for_size',
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:
        '-Cpanic=immediate-abort -Zunstable-options -Ctarget-feature=-reference-types',
    },
  };
}

/**
 * wasm-opt's flags: -Oz repeated until it stops shrinking (--converge: 0.4 KB
 * brotli over one round), the producers / target-features sections dropped.
 * --low-memory-unused lets binaryen fold constant offsets into loads and
 * stores (0.2 KB): sound here because nothing lives in the first KiB — the
 * linker puts the 1 MiB stack first, growing down towards 0, and Rust never
 * dereferences a null-based pointer.
 */
export const WASM_OPT_FLAGS = ['-Oz', '--converge', '--low-memory-unused', '--strip-producers', '--strip-target-features'];

// Run as a script: the environment, one KEY=value per line (none for the
// plain build), for scripts/release.sh to give Trunk.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [key, value] of Object.entries(releaseWasmBuild().env)) console.log(`${key}=${value}`);
}
