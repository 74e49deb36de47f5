// Measures the release artifacts and prints one Markdown report, also written to
// bench/results.md. Run through `bash scripts/bench.sh`, which builds everything
// first (dist/, the two Yew floors in target/bench-floor/, the engine benchmark).
//
// Usage: node bench/run.mjs <engine-bench-output-file>
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { interactionDurations } from './interaction.mjs';

const LOADS = 25;
const TOGGLES = 300;
/** The baseline build's dist/ (scripts/bench.sh), if given. */
const BASELINE = process.env.BENCH_BASELINE_DIST;
/** The empty Yew app built two ways (bench/floor.mjs). */
const FLOORS = { plain: 'target/bench-floor/plain', lean: 'target/bench-floor/lean' };

// ---- sizes --------------------------------------------------------------
const sizes = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const kb = (n) => (n / 1024).toFixed(1);
const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
/** The size targets (bench/budget.json). */
const targets = JSON.parse(readFileSync('bench/budget.json', 'utf8')).targets;
const shipped = [
  ['embed: framework-advisor.js', `dist/${embed.script}`],
  ['embed: wasm', `dist/${embed.wasm}`],
  ['page: wasm', `dist/${readdirSync('dist').find((f) => f.endsWith('_bg.wasm'))}`],
  ['page: JS glue', `dist/${readdirSync('dist').find((f) => /^framework-advisor-.*\.js$/.test(f))}`],
  ['page: widget CSS', `dist/${readdirSync('dist').find((f) => /^advisor-.*\.css$/.test(f))}`],
  ['offline HTML', 'dist/framework-advisor-offline.html'],
  ['Yew floor: wasm', `${FLOORS.plain}/yew_floor_bg.wasm`],
  ['Yew floor: JS glue', `${FLOORS.plain}/yew_floor.js`],
  ['Yew floor, embed toolchain: wasm', `${FLOORS.lean}/yew_floor_bg.wasm`],
  ['Yew floor, embed toolchain: JS glue', `${FLOORS.lean}/yew_floor.js`],
].map(([name, file]) => ({ name, file, ...sizes(file) }));
const byName = Object.fromEntries(shipped.map((s) => [s.name, s]));
const embedTotal = byName['embed: framework-advisor.js'].brotli + byName['embed: wasm'].brotli;
const floorTotal = byName['Yew floor: wasm'].brotli + byName['Yew floor: JS glue'].brotli;
const leanFloorTotal =
  byName['Yew floor, embed toolchain: wasm'].brotli + byName['Yew floor, embed toolchain: JS glue'].brotli;

// ---- a static server for dist/, examples/ and the floor -------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
/** A static server for `build` (a dist directory) with the examples, and the floors. */
const serve = (build) => createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
  let roots = [build, 'examples'];
  for (const [kind, dir] of Object.entries(FLOORS)) {
    if (path.startsWith(`/floor-${kind}/`)) {
      path = path.slice(`/floor-${kind}`.length);
      roots = [dir];
    }
  }
  for (const root of roots) {
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
      return;
    } catch {
      // try the next root
    }
  }
  res.writeHead(404).end();
});
const server = serve('dist');
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
// The baseline build, side by side (scripts/bench.sh builds it), from a
// server of its own: its pages load their files from the root.
const baselineServer = BASELINE ? serve(BASELINE) : null;
if (baselineServer) await new Promise((r) => baselineServer.listen(0, '127.0.0.1', r));
const baselineBase = baselineServer && `http://127.0.0.1:${baselineServer.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const stats = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });

// ---- startup: navigation start to the 'advisor-interactive' mark -----------
async function startup(path, rendered) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => performance.getEntriesByName('advisor-interactive').length > 0);
    if (rendered) await page.locator(rendered).first().waitFor();
    times.push(await page.evaluate(() => performance.getEntriesByName('advisor-interactive')[0].startTime));
    await context.close();
  }
  return stats(times);
}
const start = {
  floor: await startup('/floor-plain/index.html', 'p'),
  leanFloor: await startup('/floor-lean/index.html', 'p'),
  page: await startup('/index.html', '.fa-verdict__headline'),
  embed: await startup('/embed.html', 'framework-advisor .fa-verdict__headline'),
};

// ---- interaction latency and memory on the article page --------------------
const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(() =>
  addEventListener('TrunkApplicationStarted', (e) => (window.advisorWasm = e.detail.wasm)),
);
await page.goto(`${base}/index.html`);
await page.locator('.fa-verdict__headline').waitFor();
const cdp = await context.newCDPSession(page);
const memory = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.advisorWasm.memory.buffer.byteLength);
  return { heap: heap.usedSize, wasm };
};
const afterLoad = await memory();
const latency = await page.evaluate(async (n) => {
  const toggle = document.querySelector('[data-requirement=admin] input[role=switch]');
  const headline = document.querySelector('.fa-verdict__headline');
  const update = [];
  const frame = [];
  for (let i = 0; i < n; i++) {
    const before = headline.textContent;
    const t0 = performance.now();
    toggle.click();
    while (headline.textContent === before) await Promise.resolve();
    update.push(performance.now() - t0);
    await new Promise((r) => requestAnimationFrame(() => r()));
    frame.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { update, frame };
}, TOGGLES);
await page.evaluate(async () => {
  const switches = [...document.querySelectorAll('input[role=switch]')];
  for (let i = 0; i < 26 * 385; i++) {
    switches[i % switches.length].click();
    if (i % 100 === 99) await new Promise((r) => setTimeout(r));
  }
});
const afterToggles = await memory();
// A slow phone: trusted clicks on every switch with the CPU throttled 4×,
// timed by Event Timing (bench/interaction.mjs): today's build and the
// baseline, interleaved so both meet the same machine.
const pages = [
  ['article page', '/index.html'],
  ['embed on a host page', '/embed.html'],
];
const builds = BASELINE ? [['today', base], ['baseline', baselineBase]] : [['today', base]];
const inp = {};
for (let round = 0; round < 3; round++) {
  for (const [build, origin] of builds) {
    for (const [name, path] of pages) {
      const key = `${build}|${name}`;
      inp[key] = [...(inp[key] ?? []), ...(await interactionDurations(browser, `${origin}${path}`))];
    }
  }
}
await browser.close();
server.close();
baselineServer?.close();

// ---- engine (from cargo bench output) ---------------------------------------
const engineOut = readFileSync(process.argv[2], 'utf8');
// Divan's columns after the name (whose cell also holds the fastest time):
// slowest, median, mean; a nested row starts with one more "│".
const median = (row) => {
  const line = engineOut.split('\n').find((l) => l.includes(row));
  if (!line) return 'n/a';
  const cells = line.split('│');
  const name = cells.findIndex((cell) => cell.includes(row.trim()));
  return cells[name + 2].trim();
};

// ---- report -----------------------------------------------------------------
const ms = (v) => `${v.toFixed(1)} ms`;
const lines = [
  `# Benchmark results`,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.env.BENCH_MACHINE ?? 'this machine'}, headless Chromium, ` +
    `${LOADS} fresh loads per page, ${TOGGLES} toggles. Re-run: \`bash scripts/bench.sh\`.`,
  '',
  '## Size (KB = 1024 bytes)',
  '',
  '| file | raw | gzip -9 | brotli -q 11 |',
  '|---|---:|---:|---:|',
  ...shipped.map((s) => `| ${s.name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`),
  `| **embed total (JS + wasm)** | | | **${kb(embedTotal)}** (${embed.panic} panics; target ${kb(targets.embed_total)}; ${(embedTotal / floorTotal).toFixed(2)}× the Yew floor's ${kb(floorTotal)}, target 1.30×; ${(embedTotal / leanFloorTotal).toFixed(2)}× its ${kb(leanFloorTotal)} with the embed's toolchain) |`,
  `| **offline HTML** | | | **${kb(byName['offline HTML'].brotli)}** (target ${kb(targets.offline_html)}) |`,
  '',
  '## Startup: navigation start to interactive (first render done)',
  '',
  '| page | median | p95 | median vs floor | vs floor, embed toolchain |',
  '|---|---:|---:|---:|---:|',
  ...[
    ['empty Yew app (floor)', start.floor],
    ['empty Yew app, embed toolchain', start.leanFloor],
    ['article page', start.page],
    ['embed on a host page', start.embed],
  ].map(
    ([name, { p50, p95 }]) =>
      `| ${name} | ${ms(p50)} | ${ms(p95)} | ${(p50 / start.floor.p50).toFixed(2)}× | ${(p50 / start.leanFloor.p50).toFixed(2)}× |`,
  ),
  '',
  '## Interaction latency (toggle "Admin dashboard", verdict changes each time)',
  '',
  '| measure | p50 | p95 |',
  '|---|---:|---:|',
  `| click → new verdict in the DOM | ${ms(stats(latency.update).p50)} | ${ms(stats(latency.update).p95)} |`,
  `| click → next animation frame (painted) | ${ms(stats(latency.frame).p50)} | ${ms(stats(latency.frame).p95)} |`,
  '',
  '## Every click painted: Event Timing, CPU throttled 4×',
  '',
  'Trusted clicks on every switch (on, then off), three rounds per page and build, interleaved; ' +
    "an interaction's duration runs from the input to the next paint (the browser rounds it to 8 ms). " +
    `Baseline: the build the reader-first work started from${BASELINE ? '' : ' (not measured: run through scripts/bench.sh)'}.`,
  '',
  '| build | page | interactions | p50 | p95 | max |',
  '|---|---|---:|---:|---:|---:|',
  ...Object.entries(inp).map(([key, values]) => {
    const [build, name] = key.split('|');
    return `| ${build} | ${name} | ${values.length} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} | ${ms(Math.max(...values))} |`;
  }),
  '',
  '## Engine (native, divan median)',
  '',
  '| benchmark | hr-saas | product-with-ml |',
  '|---|---:|---:|',
  `| one evaluation | ${median('├─ hr-saas')} | ${median('╰─ product-with-ml')} |`,
  `| evaluation + what-would-change | ${median('   ├─ hr-saas')} | ${median('   ╰─ product-with-ml')} |`,
  '',
  '## Memory (article page)',
  '',
  '| when | wasm linear memory | JS heap (after GC) |',
  '|---|---:|---:|',
  `| after load | ${kb(afterLoad.wasm)} KB | ${kb(afterLoad.heap)} KB |`,
  `| after ${TOGGLES} timed + 10,010 more toggles | ${kb(afterToggles.wasm)} KB | ${kb(afterToggles.heap)} KB |`,
  '',
];
// The size lever table lives in docs/performance.md (between levers:begin/end).
const readme = readFileSync('docs/performance.md', 'utf8');
const levers = readme.slice(readme.indexOf('<!-- levers:begin -->'), readme.indexOf('<!-- levers:end -->'));
if (!levers) throw new Error('docs/performance.md has no levers:begin/end section');
lines.push(
  '## Size levers (from docs/performance.md)',
  '',
  levers.replace('<!-- levers:begin -->', '').trim(),
  '',
);
// The reproducibility check (scripts/reproduce.sh) writes its own section;
// keep it when the rest of the file is rewritten.
const previous = existsSync('bench/results.md') ? readFileSync('bench/results.md', 'utf8') : '';
const kept = previous.match(/<!-- reproducible:begin -->[\s\S]*<!-- reproducible:end -->/);
if (kept) lines.push(kept[0], '');
const report = lines.join('\n');
writeFileSync('bench/results.md', report);
console.log(report);
