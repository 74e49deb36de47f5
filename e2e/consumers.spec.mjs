// The consumer matrix: the packed tarball installed into small apps built
// with their frameworks' real toolchains (React 19, Vue 3 with <KeepAlive>,
// Svelte 5 on Vite, webpack 5, and Next.js with the App Router; versions
// pinned by e2e/consumers/package-lock.json). Each of the first four sets
// `requirements` as a property, listens through its framework's own event
// binding, drives the `theme` attribute live, detaches and re-attaches the
// element, and remounts it. The Next.js app renders the element on the
// server and hydrates it; the reader's choices outlive a navigation.
import { test, expect } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE, watch, advisor, expectAnswer } from './helpers.mjs';

const APPS = 'e2e/consumers';
const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

test.beforeAll(() => {
  // Packing, installing and building five apps with their real toolchains
  // is the largest piece of work in the suite (about 10 s on an idle 2-core
  // machine, twice that on a loaded one), done once for the five tests: it
  // gets three minutes, so it keeps a margin of three on a machine several
  // times slower, and the test command's summary prints how long it took.
  test.setTimeout(180_000);
  const start = Date.now();
  // Set-up installs the pinned toolchains (scripts/setup.sh); the tarball of
  // this build goes in on top without touching the lockfile.
  if (!existsSync(`${APPS}/node_modules/.installed`)) npm(['ci'], APPS);
  const packed = mkdtempSync(join(tmpdir(), 'advisor-pack-'));
  const tarball = npm(['pack', `${process.cwd()}/dist/npm`, '--pack-destination', packed], APPS)
    .trim()
    .split('\n')
    .at(-1);
  npm(['install', '--no-save', '--offline', join(packed, tarball)], APPS);
  execFileSync('node', ['build.mjs'], { cwd: APPS, stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`consumers: packed, installed and built in ${((Date.now() - start) / 1000).toFixed(1)} s (limit 180 s)`);
});

for (const app of ['react', 'vue', 'svelte', 'webpack']) {
  test(`${app}: properties, declarative events, a live attribute, detach/re-attach and remount`, async ({
    page,
  }) => {
    const seen = watch(page);
    await page.goto(`${SITE}/consumer-${app}/index.html`);
    const widget = page.locator('framework-advisor');
    const ui = advisor(widget);
    const status = page.locator('#status');
    // The property, set by the framework, is in the first state.
    await expectAnswer(ui, 'fastapi', 'firm');
    await expect(status).toHaveText('advisor-ready: fastapi');

    // A live attribute, bound by the framework.
    await page.locator('#theme').click();
    await expect(ui.app).toHaveAttribute('data-theme', 'dark');

    // The reader's edit reaches the framework's own handler.
    await ui.toggle('admin').click();
    await expect(ui.toggle('admin')).toBeChecked();
    const verdict = await widget.evaluate((el) => el.verdict);
    await expect(status).toHaveText(`advisor-change: ${verdict}`);
    const edited = await widget.evaluate((el) => el.requirements);
    expect(edited.admin).toBe('important');

    // Detached (a tab switch, Vue's KeepAlive) and attached again: the same
    // element comes back with the reader's choices and theme.
    await page.locator('#away').click();
    await expect(widget).toHaveCount(0);
    await page.evaluate(() => new Promise((done) => setTimeout(done)));
    await page.locator('#back').click();
    await expect(ui.toggle('admin')).toBeChecked();
    expect(await widget.evaluate((el) => el.requirements)).toEqual(edited);
    await expect(ui.app).toHaveAttribute('data-theme', 'dark');

    // Remounted by the framework: a new element from the app's own props.
    await page.locator('#remount').click();
    await expect(ui.toggle('admin')).not.toBeChecked();
    await expectAnswer(ui, 'fastapi', 'firm');
    expect(await widget.evaluate((el) => el.requirements)).toEqual({ api: 'must', types: 'must' });
    await expect(status).toHaveText('advisor-ready: fastapi');
    expect(seen.errors).toEqual([]);
  });
}

test('next.js: server-rendered, hydrated without a warning, events reach a client component, choices survive navigating away and back', async ({
  page,
}) => {
  const NEXT = 'http://127.0.0.1:4177';
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', 'next', '-H', '127.0.0.1', '-p', '4177'], {
    cwd: APPS,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  try {
    let html = '';
    for (let i = 0; i < 150 && !html; i++) {
      html = await fetch(NEXT).then((r) => r.text(), () => '');
      if (!html) await new Promise((done) => setTimeout(done, 100));
    }
    // The element and its fallback are in the server's HTML.
    expect(html).toContain('<framework-advisor id="advisor" requirements="api!,types!" theme="light">');
    expect(html).toContain('Django suits full web applications');

    const seen = watch(page);
    await page.goto(NEXT);
    const widget = page.locator('framework-advisor');
    const ui = advisor(widget);
    const status = page.locator('#status');
    await expectAnswer(ui, 'fastapi', 'firm');
    await ui.toggle('admin').click();
    await expect(ui.toggle('admin')).toBeChecked();
    // The event reaches the client component's listener.
    await expect(status).toHaveText(`advisor-change: ${await widget.evaluate((el) => el.verdict)}`);
    const edited = await widget.evaluate((el) => el.requirements);
    expect(edited.admin).toBe('important');

    // Client-side navigations (the document stays: the marker survives),
    // away by a link and back by the browser, then away and back by links.
    await page.evaluate(() => (window.sameDocument = true));
    for (const back of [() => page.goBack(), () => page.locator('#back').click()]) {
      await page.locator('#away').click();
      await expect(page).toHaveURL(`${NEXT}/other`);
      await expect(widget).toHaveCount(0);
      await back();
      await expect(page).toHaveURL(`${NEXT}/`);
      await expect(ui.toggle('admin')).toBeChecked();
      expect(await widget.evaluate((el) => el.requirements)).toEqual(edited);
    }
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);
    // No hydration warning (React reports a mismatch as a console error).
    expect(seen.errors).toEqual([]);
    expect(seen.warnings).toEqual([]);
  } finally {
    process.kill(-server.pid, 'SIGKILL');
  }
});
