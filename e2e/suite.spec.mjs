// The suite's own rules: the page object is the only place that spells the
// widget's selectors, and the test server survives a malformed request.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE, advisor } from './helpers.mjs';

/** Every script of the suite, without build output and installed packages. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['artifacts', 'node_modules'].includes(entry.name) ? [] : scripts(path);
    return /\.(mjs|js|jsx|vue|svelte)$/.test(entry.name) ? [path] : [];
  });
}

test('no widget selector outside the page object (e2e/helpers.mjs)', () => {
  const offenders = scripts('e2e')
    .filter((path) => path !== join('e2e', 'helpers.mjs'))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, n) => [n + 1, line])
        .filter(([, line]) => /\.fa-[a-z]/.test(line))
        .map(([n, line]) => `${path}:${n}: ${line.trim()}`),
    );
  expect(offenders).toEqual([]);
});

test('the test server answers a malformed path with 400 and keeps serving', async ({ page }) => {
  const bad = await fetch(`${SITE}/%E0%A4%A`);
  expect(bad.status).toBe(400);
  const good = await fetch(`${SITE}/`);
  expect(good.status).toBe(200);
  await page.goto('/');
  await expect(advisor(page).headline).toHaveText('No clear winner yet');
});
