// The embed in a real WordPress (Debian's package, e2e/wordpress/serve.sh),
// pasted as marketing would: the embed builder's snippet in the block
// editor's Custom HTML block and in the classic editor's Text tab (which
// WordPress turns into paragraphs with wpautop on display), the snippet of
// release 3.0.0 in the classic editor (wpautop cuts its fallback out of the
// element), and the same paste by an author, whose HTML WordPress filters.
import { test, expect } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE, watch, advisor, expectAnswer } from './helpers.mjs';

const PORT = 4176;
const WORDPRESS = `http://127.0.0.1:${PORT}`;
const CDN = 'http://127.0.0.1:4174'; // serves dist/ with CORS, as a CDN would
const FALLBACK = 'Django suits full web applications';
const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));

/** The snippet release 3.0.0's builder gave: the fallback a paragraph of its
 * own lines, which wpautop splits out of the element. */
const SNIPPET_3_0 =
  `<script src="${CDN}/framework-advisor.js" defer\n` +
  `        integrity="${embed.integrity}" crossorigin="anonymous"></script>\n` +
  `<framework-advisor preset="ml-service" theme="auto">\n` +
  `  <p>${FALLBACK} (admin, accounts, rich data); FastAPI suits typed APIs, real-time connections and model serving.</p>\n` +
  `</framework-advisor>`;

// One WordPress for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'serial' });

let server;
let dir;
let snippet;

/** Whether any of the page's text that starts like the fallback is on
 * screen (inside the element, or split out of it, it must not be). */
const fallbackShown = (page) =>
  page.evaluate((start) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.data.includes(start)) continue;
      range.selectNodeContents(text);
      if (range.getClientRects().length > 0) return true;
    }
    return false;
  }, FALLBACK);

/** Publishes `content` with `editor` as a user with `role`; returns its URL. */
const publish = (editor, role, title, content) =>
  execFileSync('php', ['e2e/wordpress/post.php', String(PORT), editor, role, title], {
    input: content,
    encoding: 'utf8',
    env: { ...process.env, FA_WP_SOCKET: join(dir, 'mysqld.sock') },
  });

test.beforeAll(async ({ browser }) => {
  // A fresh MariaDB and WordPress install: about 4 s on an idle 2-core
  // machine. The limit is for a newcomer's slower one.
  test.setTimeout(60_000);
  dir = mkdtempSync(join(tmpdir(), 'advisor-wordpress-'));
  const log = join(dir, 'server.log');
  server = spawn('bash', ['e2e/wordpress/serve.sh', String(PORT), dir], {
    detached: true,
    stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
  });
  const exited = new Promise((_, fail) =>
    server.once('exit', (code) =>
      fail(new Error(`WordPress stopped (exit ${code}):\n${readFileSync(log, 'utf8')}`)),
    ),
  );
  const up = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${WORDPRESS}/wp-login.php`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  })();
  await Promise.race([up, exited]);

  // The snippet the embed builder gives, scripts hosted on the "CDN".
  const page = await browser.newPage();
  await page.goto(`${SITE}/embed-builder.html`);
  await page.getByLabel('Host the files at').fill(`${CDN}/`);
  await page.getByLabel('Starting scenario').selectOption('ml-service');
  snippet = await page.locator('#snippet').textContent();
  await page.close();
});

test.afterAll(() => {
  server?.removeAllListeners('exit');
  if (server?.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const [editor, name, content] of [
  ['block', 'the builder’s snippet in a Custom HTML block', () => snippet],
  ['classic', 'the builder’s snippet in the classic editor', () => snippet],
  ['classic', 'the 3.0.0 snippet in the classic editor (fallback split out by wpautop)', () => SNIPPET_3_0],
]) {
  test(`WordPress: ${name}: renders, answers, no stray fallback text`, async ({ page }) => {
    const seen = watch(page);
    const url = publish(editor, 'administrator', name, content());
    await page.goto(url);
    const widget = page.locator('framework-advisor');
    const ui = advisor(widget);
    await expectAnswer(ui, 'fastapi', 'firm');
    await ui.toggle('admin').click();
    await expect(ui.toggle('admin')).toBeChecked();
    expect(await widget.evaluate((el) => el.requirements.admin)).toBe('important');
    // The fallback is in the page's source, never on screen once it runs.
    expect(await fallbackShown(page)).toBe(false);
    expect(seen.errors).toEqual([]);
  });
}

test('WordPress: an author’s paste is filtered to its fallback text, which stays readable', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto(publish('classic', 'author', 'An author’s paste', snippet));
  // WordPress strips the script and the element for a role without
  // `unfiltered_html` (docs/embedding.md, "WordPress"), keeping the text.
  await expect(page.locator('framework-advisor')).toHaveCount(0);
  expect(await fallbackShown(page)).toBe(true);
  expect(seen.errors).toEqual([]);
});
