// Builds the embeddable widget into dist/:
//   framework-advisor.js              loader + wasm-bindgen glue + stylesheet
//   framework-advisor-<hash>.wasm     the app (content-hashed name)
//   embed.json                        script name, its SRI hash, the wasm name
//   embed-builder.html (+ .css, .js)  marketing's snippet builder with live preview
//   custom-elements.json, framework-advisor.d.ts   the element's manifest and types
//   npm/                              the npm package: ES module, wasm, types, manifest
//   framework-advisor-offline.html    the article as one self-contained file that
//                                     works from disk (wasm inlined in a string)
// Run by scripts/release.sh after `trunk build --release` (which empties dist/).
// The cdylib is built with `cargo rustc --crate-type cdylib` in its own target
// directory: a ["cdylib", "rlib"] crate type would silently drop LTO.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { build as esbuild, transformSync } from 'esbuild';
import { minify } from 'terser';
import { declarations, manifest, reference } from './element-api.mjs';
import { shortenNames } from './short-names.mjs';
import { releaseWasmBuild, WASM_OPT_FLAGS } from './wasm-toolchain.mjs';

const TARGET_DIR = 'target/embed';
const OUT = `${TARGET_DIR}/bindgen`;
const DIST = 'dist';

function run(command, args, env = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** What the JavaScript takes from the Rust sources (version, attributes,
 * importance levels, scenarios and the crash message, printed by
 * tools/src/bin/vocabulary.rs), so nothing is copied or parsed out of a source
 * file. */
const vocabulary = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'advisor-tools', '--bin', 'vocabulary'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);

const build = releaseWasmBuild();
if (build.panic !== 'immediate-abort') console.warn('build-embed: no rust-src for this toolchain; building with panic=abort (larger wasm)');
run(
  'cargo',
  [
    'rustc', '--lib', '--release', '--locked',
    '--target', 'wasm32-unknown-unknown',
    '--target-dir', TARGET_DIR,
    '--crate-type', 'cdylib',
  ],
  build.env,
);
run('wasm-bindgen', [
  '--target', 'no-modules', '--no-typescript',
  '--out-dir', OUT, '--out-name', 'framework_advisor',
  `${TARGET_DIR}/wasm32-unknown-unknown/release/framework_advisor.wasm`,
]);
run('wasm-opt', [
  ...WASM_OPT_FLAGS,
  `${OUT}/framework_advisor_bg.wasm`, '-o', `${OUT}/framework_advisor.opt.wasm`,
]);

// Short names for the generated imports and exports, in the wasm and the
// glue alike (scripts/short-names.mjs): 2.7 KB brotli less.
const { wasm, glue: shortGlue } = shortenNames(
  readFileSync(`${OUT}/framework_advisor.opt.wasm`),
  readFileSync(`${OUT}/framework_advisor.js`, 'utf8'),
);
const wasmSha384 = createHash('sha384').update(wasm).digest('base64');
const wasmFile = `framework-advisor-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}.wasm`;
// Every call into the wasm goes through the loader's guardExports (crash
// reporting when a release build traps).
const glue = shortGlue.replace('wasm = instance.exports;', 'wasm = guardExports(instance.exports);');
if (glue === shortGlue) throw new Error('wasm-bindgen glue: `wasm = instance.exports;` not found');
/** Minified CSS, by esbuild (no browser target: nothing is lowered). */
const minifyCss = (text) => transformSync(text, { loader: 'css', minify: true }).code.trim();
const css = minifyCss(readFileSync('styles/advisor.css', 'utf8'));

/** esbuild `define` entries that give the source's `BUILD.<name>`
 * constants their values (written as JSON literals). */
const buildConstants = (constants) =>
  Object.fromEntries(Object.entries(constants).map(([name, value]) => [`BUILD.${name}`, JSON.stringify(value)]));

/** `code` (esbuild's output for `file`), checked to hold no `BUILD.` name
 * the build did not define, then minified by terser (measured smaller than
 * esbuild's minifier, docs/performance.md). */
async function minified(code, file, module = false) {
  // (A bundle marks each shared value with a `// <define:BUILD.…>` comment.)
  const unfilled = code.match(/(?<![\w:])BUILD\.\w+/);
  if (unfilled) throw new Error(`${file}: ${unfilled[0]} has no value in the build`);
  return (await minify(code, { compress: true, mangle: true, module })).code;
}

/** wasm-bindgen's no-modules glue as the module `wasm-bindgen-glue` the
 * loader imports: its `wasm_bindgen` is the default export, and every call
 * into the wasm goes through loader-crash.js's guardExports (crash reporting
 * when a release build traps). */
const gluePlugin = {
  name: 'wasm-bindgen-glue',
  setup(build) {
    build.onResolve({ filter: /^wasm-bindgen-glue$/ }, () => ({ path: 'glue', namespace: 'wasm-bindgen' }));
    build.onLoad({ filter: /^glue$/, namespace: 'wasm-bindgen' }, () => ({
      contents: `import { guardExports } from './loader-crash.js';\n${glue}\nexport default wasm_bindgen;\n`,
      resolveDir: 'src/embed',
      loader: 'js',
    }));
  },
};

/** The loader (src/embed/loader.js) bundled by esbuild with the glue, as a
 * classic script or (`module`) an ES module, its `BUILD` constants filled in
 * (the stylesheet, the vocabulary, the wasm's file name or its bytes),
 * minified by terser. */
async function loader({ file = '', bytes = '', module = false }) {
  const constants = {
    CSS: css,
    ATTRIBUTES: vocabulary.attributes.map(({ name, kind }) => [name, kind]),
    LEVELS: Object.fromEntries(vocabulary.levels.map(({ id, suffix }) => [id, suffix])),
    CRASH_MESSAGE: vocabulary.crash_message,
    MODULE: module,
    WASM_FILE: file,
    WASM_PATH: `./${file}`,
    WASM_INLINE: bytes !== '',
    WASM_BYTES: bytes,
    WASM_BYTE_SHIFT,
    WASM_SHA384: wasmSha384,
  };
  const bundle = await esbuild({
    entryPoints: ['src/embed/loader.js'],
    bundle: true,
    write: false,
    format: module ? 'esm' : 'iife',
    define: buildConstants(constants),
    plugins: [gluePlugin],
    // The classic script's `BUILD.MODULE && import.meta.url` is dead code.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
  });
  return minified(bundle.outputFiles[0].text, 'loader.js', module);
}

/** How far the offline file shifts each wasm byte (mod 256) before writing
 * it as a character: 0x00, the commonest byte, becomes "0" instead of an
 * escape sequence. Measured: 0.8 KB brotli less than no shift, the best of
 * the shifts tried (0, 1, 32, 48, 65, 128, 160, 192). */
const WASM_BYTE_SHIFT = 48;

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

mkdirSync(DIST, { recursive: true });
const js = await loader({ file: wasmFile });
writeFileSync(`${DIST}/framework-advisor.js`, js);
writeFileSync(`${DIST}/${wasmFile}`, wasm);
const elementManifest = JSON.stringify(manifest(vocabulary), null, 2) + '\n';
const types = declarations(vocabulary);
writeFileSync(`${DIST}/custom-elements.json`, elementManifest);
writeFileSync(`${DIST}/framework-advisor.d.ts`, types);
// The element reference of the docs, from the same source (a page test
// compares it with docs/element-reference.md).
writeFileSync(`${DIST}/element-reference.md`, reference(vocabulary));

// The npm package: the same loader as an ES module that finds its wasm next
// to itself through import.meta.url (bundlers that understand
// `new URL(…, import.meta.url)` copy it), plus the classic script.
const NPM = `${DIST}/npm`;
rmSync(NPM, { recursive: true, force: true });
mkdirSync(NPM, { recursive: true });
writeFileSync(`${NPM}/framework-advisor.mjs`, await loader({ file: wasmFile, module: true }));
writeFileSync(`${NPM}/framework-advisor.js`, js);
writeFileSync(`${NPM}/${wasmFile}`, wasm);
writeFileSync(`${NPM}/custom-elements.json`, elementManifest);
writeFileSync(`${NPM}/framework-advisor.d.ts`, types);
copyFileSync('LICENSE', `${NPM}/LICENSE`);
copyFileSync('src/embed/package-readme.md', `${NPM}/README.md`);
writeFileSync(
  `${NPM}/package.json`,
  JSON.stringify(
    {
      name: 'framework-advisor',
      version: vocabulary.version,
      description: 'Django or FastAPI? A decision widget as a custom element, <framework-advisor>, computed in the browser (Rust + WebAssembly).',
      license: 'MIT',
      type: 'module',
      main: './framework-advisor.mjs',
      module: './framework-advisor.mjs',
      types: './framework-advisor.d.ts',
      exports: {
        '.': { types: './framework-advisor.d.ts', default: './framework-advisor.mjs' },
        './script': './framework-advisor.js',
        './custom-elements.json': './custom-elements.json',
        './package.json': './package.json',
      },
      customElements: 'custom-elements.json',
      // Importing the module registers the element.
      sideEffects: true,
      files: ['framework-advisor.mjs', 'framework-advisor.js', wasmFile, 'framework-advisor.d.ts', 'custom-elements.json', 'README.md', 'LICENSE'],
      keywords: ['web-component', 'custom-element', 'django', 'fastapi', 'webassembly'],
    },
    null,
    2,
  ) + '\n',
);
writeFileSync(
  `${DIST}/embed.json`,
  JSON.stringify(
    { script: 'framework-advisor.js', integrity: sri(js), wasm: wasmFile, panic: build.panic },
    null,
    2,
  ) + '\n',
);

// The embed builder, filled with this build's version, scenarios, observed
// attributes and hash. Values go into the script as JSON; the script builds
// the form's options through the DOM, so nothing here writes markup.
const presets = vocabulary.presets.filter(({ id }) => id !== 'scratch').map(({ id, title }) => [id, title]);
if (presets.length === 0) throw new Error('the knowledge base has no scenarios');
const builderHtml = readFileSync('src/embed/builder.html', 'utf8').replaceAll('@VERSION@', vocabulary.version);
writeFileSync(`${DIST}/embed-builder.html`, builderHtml);
const builderSource = transformSync(readFileSync('src/embed/builder.js', 'utf8'), {
  define: buildConstants({
    INTEGRITY: sri(js),
    PRESETS: presets,
    OBSERVED: vocabulary.attributes.map(({ name }) => name),
  }),
  // One closure: the shared values esbuild declares stay out of the page's globals.
  format: 'iife',
  logLevel: 'warning',
});
writeFileSync(`${DIST}/embed-builder.js`, await minified(builderSource.code, 'builder.js'));
writeFileSync(`${DIST}/embed-builder.css`, minifyCss(readFileSync('src/embed/builder.css', 'utf8')));

// The offline file: the article page with its styles, the loader and the wasm
// inlined; the widget keeps its state in the fragment so file:// links work.
// One character per byte. Terser escapes `</script` and `<!--` in strings
// (`inline_script`), so the bytes cannot end or confuse the inline script;
// checked here all the same.
const offlineScript = await loader({
  bytes: Buffer.from(wasm.map((byte) => byte + WASM_BYTE_SHIFT)).toString('latin1'),
});
if (/<\/script|<!--/i.test(offlineScript)) throw new Error('offline script: `</script` or `<!--` left unescaped');
let offline = readFileSync('index.html', 'utf8');
const edits = [
  // Trunk's assets, the article page's crash script among them (the loader
  // handles crashes here).
  [/\n\s*<link data-trunk[^>]*>/g, ''],
  ['</head>', () => `  <style>${minifyCss(readFileSync('styles/page.css', 'utf8'))}</style>\n</head>`],
  [
    '<div id="advisor" class="advisor-slot"></div>',
    '<framework-advisor class="advisor-slot" sync-url="#"></framework-advisor>',
  ],
  [/\s*<a href="embed-builder.html">[^<]*<\/a>\./, ''],
  ['</body>', () => `<script>\n${offlineScript}\n</script>\n</body>`],
];
for (const [from, to] of edits) {
  const before = offline;
  offline = offline.replace(from, to);
  if (offline === before) throw new Error(`offline build: index.html no longer contains ${from}`);
}
writeFileSync(`${DIST}/framework-advisor-offline.html`, offline);
const offlineBrotli = brotliCompressSync(Buffer.from(offline), {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;

console.log(`embed: framework-advisor.js (${sri(js)}) + ${wasmFile}; embed-builder.html`);
console.log(`offline: framework-advisor-offline.html ${offline.length} bytes, ${offlineBrotli} brotli`);
