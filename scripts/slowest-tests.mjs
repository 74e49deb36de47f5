// Prints the five slowest page tests with their share of their time limit,
// from Playwright's JSON report (playwright.config.mjs writes it), so every
// test command's summary shows the margin: no test should need more than a
// third of its limit, or a slower machine may push it over.
//
//   node scripts/slowest-tests.mjs [report.json]
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'target/test-logs/page-tests.json', 'utf8'));

/** Every test of a suite and its children, with its file and title path. */
function* tests(suite, titles = []) {
  const path = suite.title && !suite.title.endsWith('.mjs') ? [...titles, suite.title] : titles;
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      const took = Math.max(0, ...test.results.map((r) => r.duration));
      yield { name: `${spec.file}:${spec.line} ${[...path, spec.title].join(' › ')}`, took, limit: test.timeout };
    }
  }
  for (const child of suite.suites ?? []) yield* tests(child, path);
}

const all = report.suites.flatMap((suite) => [...tests(suite)]);
const slowest = all.sort((a, b) => b.took / b.limit - a.took / a.limit).slice(0, 5);
for (const t of slowest) {
  const share = Math.round((100 * t.took) / t.limit);
  const flag = t.took * 3 > t.limit ? '  (over a third of its limit)' : '';
  console.log(`slowest: ${(t.took / 1000).toFixed(1)} s of ${t.limit / 1000} s (${share} %) ${t.name}${flag}`);
}
