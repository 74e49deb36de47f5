// Lighthouse audits of the release build: the article page and the embed
// builder, each with the mobile (default) and desktop presets, in Debian's
// Chromium. Nothing is downloaded at run time; dist/ must already be built
// (scripts/release.sh). The pages are served by e2e/serve.mjs in a separate
// process, so the audits cannot stall the server.
//
//   node scripts/lighthouse.mjs          every category; prints a table and
//                                        writes it into bench/results.md
//                                        (part of scripts/bench.sh)
//   node scripts/lighthouse.mjs --check  accessibility, best practices and SEO
//                                        only; fails unless each is 100
//                                        (part of scripts/test.sh)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHECK = process.argv.includes('--check');
const PORT = 4195;
const PAGES = [
  ['article page', '/'],
  ['article page, permalink state', '/#advisor=v1:pages!,admin!,ml!,io?'],
  ['embed builder', '/embed-builder.html'],
];
const PRESETS = ['mobile', 'desktop'];
// Deterministic enough to assert at 100; performance is only reported.
const ASSERTED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = CHECK ? ASSERTED : ['performance', ...ASSERTED];
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RESULTS = 'bench/results.md';
const BEGIN = '<!-- lighthouse:begin -->';
const END = '<!-- lighthouse:end -->';

if (!existsSync('dist/index.html') || !existsSync('dist/embed-builder.html')) {
  console.error('lighthouse: dist/ is not built; run `bash scripts/release.sh` first');
  process.exit(1);
}

/** Runs a command to completion without blocking this process's event loop. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}:\n${stderr.slice(-2000)}`)),
    );
  });
}

/** Waits until the static server answers. */
async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** One Lighthouse run; returns the parsed report. */
async function audit(url, preset, dir) {
  const out = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  await run(
    'node',
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { CHROME_PATH: CHROMIUM },
  );
  return JSON.parse(await readFile(out, 'utf8'));
}

const server = spawn('node', ['e2e/serve.mjs', String(PORT), 'dist'], { stdio: 'ignore' });
const dir = await mkdtemp(join(tmpdir(), 'fa-lighthouse-'));
const rows = [];
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  for (const [name, path] of PAGES) {
    for (const preset of PRESETS) {
      const report = await audit(`http://127.0.0.1:${PORT}${path}`, preset, dir);
      const score = (id) => Math.round(report.categories[id].score * 100);
      const metric = (id) => report.audits[id]?.numericValue;
      const row = {
        name,
        preset,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        cls: metric('cumulative-layout-shift'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
      };
      // Each asserted category below 100, with the audits that cost points.
      row.failures = ASSERTED.filter((category) => row.scores[category] !== 100).map((category) => {
        const audits = report.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== 1)
          .map((ref) => ref.id);
        return `${name} (${preset}): ${category} ${row.scores[category]} — ${audits.join(', ')}`;
      });
      rows.push(row);
      console.log(`${name} (${preset}): ${JSON.stringify(row.scores)}`);
    }
  }
} finally {
  server.kill();
  await rm(dir, { recursive: true, force: true });
}

const failures = rows.flatMap((r) => r.failures);
if (CHECK) {
  for (const f of failures) console.error(`FAILED ${f}`);
  const failed = rows.filter((r) => r.failures.length).length;
  console.log(`lighthouse: ${rows.length - failed} passed, ${failed} failed`);
  process.exit(failures.length ? 1 : 0);
}

const ms = (v) => (v === undefined ? '–' : `${Math.round(v)} ms`);
const table = [
  '## Lighthouse',
  '',
  `Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, ` +
    `Debian Chromium, release dist/ served from 127.0.0.1 (\`node scripts/lighthouse.mjs\`, ` +
    `${new Date().toISOString().slice(0, 10)}). Mobile is Lighthouse's default (emulated ` +
    'Moto G Power, slow 4G, 4× CPU slowdown); desktop is `--preset=desktop`.',
  '',
  '| page | preset | performance | accessibility | best practices | SEO | CLS | LCP | TBT |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.preset} | ${r.scores.performance} | ${r.scores.accessibility} | ` +
      `${r.scores['best-practices']} | ${r.scores.seo} | ${r.cls.toFixed(3)} | ${ms(r.lcp)} | ${ms(r.tbt)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
const section = `${BEGIN}\n${table}\n${END}`;
const updated = previous.includes(BEGIN)
  ? previous.replace(new RegExp(`${BEGIN}[\\s\\S]*?${END}`), () => section)
  : `${previous.trimEnd()}\n\n${section}\n`;
writeFileSync(RESULTS, updated);
for (const f of failures) console.error(`below 100: ${f}`);
