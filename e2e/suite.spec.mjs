// The suite's own rules: the page object is the only place that spells the
// widget's selectors, only the accessibility spec reads the widget's words
// (the others read its state: data-verdict, data-grade, requirement ids),
// and the test server survives a malformed request.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE, advisor, expectAnswer } from './helpers.mjs';

/** Every script of the suite, without build output and installed packages. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['artifacts', 'node_modules', '.next'].includes(entry.name) ? [] : scripts(path);
    return /\.(mjs|js|jsx|vue|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of the suite's scripts (but `except`) that match `pattern`. */
function offending(pattern, except) {
  return scripts('e2e')
    .filter((path) => !except.includes(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, n) => [n + 1, line])
        .filter(([, line]) => pattern.test(line))
        .map(([n, line]) => `${path}:${n}: ${line.trim()}`),
    );
}

test('no widget selector outside the page object (e2e/helpers.mjs)', () => {
  expect(offending(/\.fa-[a-z]/, [join('e2e', 'helpers.mjs')])).toEqual([]);
});

test('only the accessibility spec reads headlines and switch labels; the rest reads state', () => {
  // Every requirement's label, as knowledge.toml writes it.
  const labels = readFileSync('knowledge/knowledge.toml', 'utf8')
    .split('\n[[')
    .filter((block) => block.startsWith('requirement]]'))
    .map((block) => block.match(/^label = "(.*)"$/m)[1]);
  expect(labels.length).toBeGreaterThan(10);
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = new RegExp(
    ['fits best', 'Leaning towards', 'Django now', 'Use both', 'No clear winner', 'No answer yet', 'Too little to go on', 'Clear fit', 'Likely, not settled', 'Close call', 'Too early to say', ...labels]
      .map(escape)
      .join('|'),
  );
  expect(offending(words, [join('e2e', 'accessibility.spec.mjs'), join('e2e', 'suite.spec.mjs')])).toEqual([]);
});

test('the test server answers a malformed path with 400 and keeps serving', async ({ page }) => {
  const bad = await fetch(`${SITE}/%E0%A4%A`);
  expect(bad.status).toBe(400);
  const good = await fetch(`${SITE}/`);
  expect(good.status).toBe(200);
  await page.goto('/');
  await expectAnswer(advisor(page), 'none', 'empty');
});
