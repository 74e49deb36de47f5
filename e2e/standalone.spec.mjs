// The standalone article page, built by `trunk build --release`, as a reader uses it.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CRASH_MESSAGE, CSS, watch, advisor, expectAnswer, answerOf } from './helpers.mjs';
import { trapIn } from './wasm.mjs';


test('a reader picks a scenario, adjusts it, and shares a link that restores it', async ({
  page,
  context,
  browser,
}) => {
  const { errors: problems } = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expectAnswer(advisor(page), 'none', 'empty');
  await expect(page.getByRole('status').first()).toContainText(await advisor(page).headline.textContent());

  await page.getByRole('button', { name: /Analytics API for a frontend team/ }).click();
  await expectAnswer(advisor(page), 'fastapi', 'firm');
  await expect(advisor(page).toggle('api')).toBeChecked();

  // Add a must-have admin: the answer moves to "no clear winner" or Django.
  const admin = advisor(page).toggle('admin');
  await admin.click();
  await expect(admin).toBeChecked();
  await advisor(page).importance('admin', 'must-have').check();
  const changed = await answerOf(advisor(page));
  expect(changed).not.toBe('fastapi/firm');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(advisor(page).shareStatus).toHaveText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#advisor=v1:admin!,api!,orm,docs!,types,io$/);
  expect(page.url()).toBe(link);

  // A fresh page (new context, no shared state) restores everything from the link.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const { errors: otherProblems } = watch(other);
  await other.goto(link);
  await expect(advisor(other).toggle('admin')).toBeChecked();
  expect(await answerOf(advisor(other))).toBe(changed);
  await expect(advisor(other).toggle('admin')).toBeChecked();
  await expect(
    advisor(other).importance('admin', 'must-have'),
  ).toBeChecked();
  await fresh.close();

  expect(problems).toEqual([]);
  expect(otherProblems).toEqual([]);
});

test('a lean split is drawn as it is: one Django project now, the part that may move named once per side', async ({
  page,
}) => {
  await page.goto('/#advisor=v1:pages!,admin!,auth,ml!,io?');
  await expectAnswer(advisor(page), 'both', 'lean');
  await expect(page.locator(`${CSS.splitSide}[data-side=django] li`)).toHaveText([
    'the server-rendered pages',
    'the staff admin',
    'user accounts',
    'model inference, behind an interface of its own',
  ]);
  await expect(page.locator(`${CSS.splitSide}[data-side=fastapi] li`)).toHaveText([
    'model inference moves to a FastAPI service',
  ]);
  // Its two edits lead to the same answer, said once after them.
  const edits = advisor(page).suggestions;
  await expect(edits).toHaveCount(2);
  expect(new Set(await edits.evaluateAll((b) => b.map((e) => `${e.dataset.verdict}/${e.dataset.grade}`)))).toEqual(
    new Set(['both/firm']),
  );
  await expect(page.locator(CSS.suggestionResult)).toHaveCount(0);
  await expect(page.locator(CSS.sharedOutcome)).toHaveCount(1);
});

test('copy summary puts a Markdown decision record on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#advisor=v1:pages!,admin!,ml!,auth,io?,separate');
  await expectAnswer(advisor(page), 'both', 'firm');
  // The result's colour follows the verdict through its machine name.
  await expect(page.locator(CSS.result)).toHaveAttribute('data-verdict', 'both');
  await expect(page.locator(`${CSS.splitSide}[data-side=django]`)).toHaveText(
    'Django runsthe server-rendered pagesthe staff adminuser accounts',
  );
  await expect(page.locator(`${CSS.splitSide}[data-side=fastapi]`)).toContainText(
    'model inference',
  );
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(advisor(page).shareStatus).toHaveText('Summary copied to the clipboard.');
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  // The record the screen shows: its verdict first (with the grade in
  // words), dated, then the project, why, what would change it and the plan
  // with both install lines.
  const verdict = await advisor(page).headline.textContent();
  expect(summary).toMatch(new RegExp(`^# [^\n]*${verdict}\n\nWeb framework decision, proposed on \\d{4}-\\d{2}-\\d{2}\\.\n`));
  expect(summary).toContain('\nMust have server-rendered pages, a staff admin and model serving;');
  for (const heading of ['## Why', '## What would change it', '## Plan']) {
    expect(summary).toContain(`\n${heading}\n`);
  }
  expect(summary).toContain('\n`python -m pip install "Django~=6.1.0"');
  expect(summary).toContain('\n`python -m pip install "fastapi[standard]~=0.165.0"');
  expect(summary).toContain('#advisor=v1:pages!,admin!,ml!,auth,io?,separate>');
});

test('a blocked clipboard is reported and the text offered for manual copying', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/#advisor=v1:api!');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(advisor(page).shareStatus).toContainText('blocked the clipboard');
  await expect(page.getByRole('textbox', { name: 'Link' })).toHaveValue(/#advisor=v1:api!$/);
});

test('the page downloads its wasm once, checked, with no console warning', async ({ page }) => {
  const seen = watch(page);
  const wasmRequests = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasmRequests.push(r.url()));
  await page.goto('/');
  await expectAnswer(advisor(page), 'none', 'empty');
  await advisor(page).toggle('admin').click();
  await expectAnswer(advisor(page), 'django', 'lean');
  expect(wasmRequests).toHaveLength(1);
  expect(seen.warnings).toEqual([]);
  expect(seen.errors).toEqual([]);
  // The fetch carries the file's hash: a changed file is refused.
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/rel=preload/);
  const wasmName = html.match(/framework-advisor-[0-9a-f]+_bg\.wasm/)[0];
  const wasm = readFileSync(`dist/${wasmName}`);
  expect(html).toContain(`integrity:"sha384-${createHash('sha384').update(wasm).digest('base64')}"`);
});

test('an unknown id in a link is ignored with one warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/#advisor=v1:admin!,quantum-db');
  await expectAnswer(advisor(page), 'django', 'lean');
  await expect(page.locator(CSS.result)).toHaveAttribute('data-verdict', 'django');
  const ours = warnings.filter((w) => w.startsWith('Framework Advisor'));
  expect(ours).toEqual(['Framework Advisor: ignored parts of the link: quantum-db']);
});

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`screenshot ${width}px ${scheme}: no horizontal scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/#advisor=v1:pages!,admin!,ml!,auth,io?,separate');
      await expectAnswer(advisor(page), 'both', 'firm');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `e2e/artifacts/screens/standalone-${width}-${scheme}.png`,
        fullPage: true,
      });
    });
  }
}

test('the verdict area keeps its height whatever the verdict (no layout shift)', async ({
  page,
}) => {
  for (const width of [320, 360, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const heights = new Set();
    for (const fragment of [
      '',
      '#advisor=v1:pages!,admin!,auth,ml!,io?',
      '#advisor=v1:admin,realtime',
      '#advisor=v1:orm!,admin!,auth!,pages,conventions',
      '#advisor=v1:api!,docs!,types,io',
      '#advisor=v1:realtime!,docs!,orm!,admin!,auth!,pages!',
    ]) {
      await page.goto(`/${fragment}`);
      await expect(advisor(page).headline).toBeVisible();
      heights.add(await page.locator(CSS.verdict).evaluate((e) => e.offsetHeight));
    }
    expect([...heights], `verdict heights at ${width}px`).toHaveLength(1);
  }
});

test('the page fetches nothing but its own files', async ({ page }) => {
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:4173/')) foreign.push(r.url());
  });
  await page.goto('/#advisor=v1:ml!');
  await expectAnswer(advisor(page), 'fastapi', 'lean');
  await page.getByRole('button', { name: /Multi-tenant HR SaaS/ }).click();
  await expectAnswer(advisor(page), 'django', 'firm');
  expect(foreign).toEqual([]);
});

/** True when the element is wholly inside the window. */
const inView = (locator) =>
  locator.evaluate((e) => {
    const box = e.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
  });

test('on a phone the answer bar keeps the answer in sight, one line tall, covering no control', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/#advisor=v1:pages!,admin!,ml');
  const bar = advisor(page).answerBar;
  await expect(bar).toHaveCount(1);
  await advisor(page).toggle('realtime').click();
  await expectAnswer(advisor(page), 'django', 'lean');
  await expectAnswer({ result: bar }, 'django', 'lean');
  // The bar is the only thing that floats, under a tenth of the window, so
  // no control is ever hidden whole (WCAG 2.4.11).
  const floating = await page.evaluate(
    (CSS) =>
      [...document.querySelectorAll(`${CSS.app} *`)]
        .filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position))
        .map((e) => [e.matches(CSS.answerBar), e.getBoundingClientRect().height < innerHeight / 10]),
    CSS,
  );
  expect(floating).toEqual([[true, true]]);
  // At every scroll position, each control in view receives a tap at its
  // centre, unless the bar sits over it (scrolling moves it clear).
  const covered = await page.evaluate(async (CSS) => {
    const found = [];
    for (let y = 0; y < document.documentElement.scrollHeight; y += 200) {
      scrollTo(0, y);
      await new Promise(requestAnimationFrame);
      for (const el of document.querySelectorAll(`${CSS.app} :is(input, button, a)`)) {
        const target = el.type === 'radio' ? el.closest('label') : el;
        const r = target.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const cy = r.top + r.height / 2;
        if (r.width === 0 || cy < 0 || cy > innerHeight) continue;
        // The bar fades out while the answer card is in view: its button is
        // then no target (it comes back when it takes focus).
        const bar = target.closest(CSS.answerBar);
        if (bar && getComputedStyle(bar).opacity === '0') continue;
        const hit = document.elementFromPoint(x, cy);
        if (hit && hit.closest(CSS.answerBar) && !target.closest(CSS.answerBar)) continue;
        if (hit && !target.contains(hit) && !(el.labels && [...el.labels].some((l) => l.contains(hit)))) {
          found.push(`${target.textContent.trim() || el.type} at scroll ${y}`);
        }
      }
    }
    return found;
  }, CSS);
  expect(covered).toEqual([]);
  // Its button leads to the whole result.
  await page.evaluate(() => scrollTo(0, 0));
  const opacity = () => bar.evaluate((e) => getComputedStyle(e).opacity);
  expect(await opacity()).toBe('1');
  await bar.getByRole('button').click();
  await expect(advisor(page).result).toBeFocused();
  expect(await inView(advisor(page).headline)).toBe(true);
  // With the answer card in view the bar has faded out: the verdict is not
  // said twice in a row.
  await expect.poll(opacity).toBe('0');

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(bar).toBeHidden();
});

test('on a phone a link with a state opens at its answer, with no bar over the form', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/#advisor=v1:pages!,admin!,ml!,io?');
  const ui = advisor(page);
  await expectAnswer(ui, 'both', 'lean');
  await expect.poll(() => inView(ui.headline)).toBe(true);
  expect(await inView(ui.answerBar)).toBe(false);
});

test('on a phone the verdict is in view after a scenario tap and after the last switch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  const ui = advisor(page);
  const verdictInView = async () => (await inView(ui.headline)) || (await inView(ui.answerBar));
  await page.locator(CSS.preset).first().click();
  await expectAnswer(ui, 'django', 'firm');
  // A tap on a scenario lands on its answer.
  expect(await inView(ui.headline)).toBe(true);
  // The last switch, at the bottom of the form.
  const last = ui.allToggles.last();
  await last.scrollIntoViewIfNeeded();
  await last.click();
  expect(await verdictInView()).toBe(true);
});

test('on a desktop the answer, its reasons and the copy actions are in view together, down the whole form', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#advisor=v1:pages!,admin!,auth,orm!,ml!,api,docs');
  const ui = advisor(page);
  await expect(ui.headline).toBeVisible();
  const copy = page.locator(CSS.copyActions);
  // A link with a state opens at the widget, not at the top of the article.
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  const count = await ui.allToggles.count();
  for (const i of [0, Math.floor(count / 2), count - 1]) {
    const toggle = ui.allToggles.nth(i);
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    expect(await inView(ui.headline), `headline after switch ${i + 1}`).toBe(true);
    expect(await inView(page.locator(CSS.reason).first()), `first reason after switch ${i + 1}`).toBe(true);
    expect(await inView(copy), `copy actions after switch ${i + 1}`).toBe(true);
  }
  // The plan follows the form; the card's button leads to it.
  await page.getByRole('button', { name: 'Where to start: the plan' }).click();
  await expect(page.locator(CSS.plan)).toBeFocused();
  expect(await inView(ui.planPart('First steps').locator('summary'))).toBe(true);
});

test('the widget follows the reader\'s colour scheme, and the host\'s theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const background = () =>
    advisor(page).app.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(20, 23, 28)');
});

test('keyboard only: Space switches a requirement on, arrows change its importance', async ({
  page,
}) => {
  await page.goto('/');
  const pages = advisor(page).toggle('pages');
  await pages.focus();
  await page.keyboard.press('Space');
  await expect(pages).toBeChecked();
  await expectAnswer(advisor(page), 'django', 'lean');
  await page.keyboard.press('Tab');
  const important = advisor(page).importance('pages', 'important');
  await expect(important).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    advisor(page).importance('pages', 'must-have'),
  ).toBeChecked();
  await expect(page.locator(`${CSS.reason}[data-lean=django]`)).toHaveCount(1);
});

test('without JavaScript the article shows its summary of when each framework fits', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.fallback')).toBeVisible();
  await expect(page.locator('.fallback')).toContainText('Choose Django');
  await expect(page.locator('.fallback')).toContainText('Choose FastAPI');
  await context.close();
});

test('a crash of the release wasm replaces the widget with the reload message; the article stays', async ({
  page,
}) => {
  const seen = watch(page);
  // The page's wasm with its event-handler entry point turned into a trap:
  // the first click on the widget crashes it, as a panic would.
  const html = readFileSync('dist/index.html', 'utf8');
  const wasmName = html.match(/framework-advisor-[0-9a-f]+_bg\.wasm/)[0];
  const wasm = readFileSync(`dist/${wasmName}`);
  // The release build shortens export names; its rename list says which
  // one is wasm-bindgen's trampoline for event listeners.
  const names = JSON.parse(readFileSync('target/article-names.json', 'utf8'));
  const handler = Object.keys(names).filter((name) => name.includes('gen_Event__Event'));
  expect(handler).toHaveLength(1);
  const broken = trapIn(wasm, names[handler[0]]);
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  expect(html).toContain(sri(wasm));
  await page.route(`**/${wasmName}`, (route) =>
    route.fulfill({ contentType: 'application/wasm', body: broken }),
  );
  await page.route(
    (url) => url.pathname === '/',
    (route) => route.fulfill({ contentType: 'text/html', body: html.replace(sri(wasm), sri(broken)) }),
  );
  await page.goto('/');
  await expectAnswer(advisor(page), 'none', 'empty');
  await advisor(page).toggle('admin').click();
  await expect(page.locator('#advisor').getByRole('alert')).toHaveText(CRASH_MESSAGE);
  await expect(advisor(page).app).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'A note on performance' })).toBeVisible();
  expect(seen.errors.filter((e) => e.includes('Framework Advisor: stopped after an internal error'))).toHaveLength(1);
});
