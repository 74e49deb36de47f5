// The element's life in a host that moves it around: detached and attached
// again (tabs, carousels, keep-alive routers), detached for good (released),
// reset to where it started, read right after a write, its headline in view
// after every switch, and the project handed to the call-to-action page.
import { test, expect } from '@playwright/test';
import { CSS, SITE, hostHtml, watch, writeHostPage, advisor, expectAnswer } from './helpers.mjs';

const SCRIPT = `<script src="${SITE}/framework-advisor.js" defer></script>`;

/** A host page with one element (attributes as given) and the script. */
const hostPage = (name, attributes = '', before = '') =>
  writeHostPage(name, hostHtml(SCRIPT, `${before}<framework-advisor ${attributes}></framework-advisor>`));

/** Resolves after the page has run a task beyond the current one (the
 * element releases itself in a microtask after it is detached). */
const nextTask = (page) => page.evaluate(() => new Promise((done) => setTimeout(done)));

test('detached and attached again, the element comes back as the reader left it', async ({ page }) => {
  const seen = watch(page);
  await page.goto(hostPage('life-reattach.html', 'preset="hr-saas"'));
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'django', 'firm');
  await ui.toggle('ml').click();
  await ui.about('ml').click();
  // The reader opens the stack and closes the first steps (open at first).
  await ui.planPart('Starter stack').locator('summary').click();
  await ui.planPart('First steps').locator('summary').click();
  await expect(ui.planPart('Starter stack')).toHaveJSProperty('open', true);
  await expect(ui.planPart('First steps')).toHaveJSProperty('open', false);
  const before = await widget.evaluate((el) => el.requirements);
  expect(before.ml).toBe('important');
  const headline = await ui.headline.textContent();

  // Taken out for longer than a task (a tab switch), then put back.
  await page.evaluate(() => {
    window.kept = document.querySelector('framework-advisor');
    window.kept.remove();
  });
  await nextTask(page);
  expect(await page.evaluate(() => window.kept.verdict)).toBeNull();
  await page.evaluate(() => document.querySelector('main').append(window.kept));
  await expect(ui.headline).toHaveText(headline);
  expect(await widget.evaluate((el) => el.requirements)).toEqual(before);
  await expect(ui.toggle('ml')).toBeChecked();
  await expect(ui.about('ml')).toHaveAttribute('aria-expanded', 'true');
  await expect(ui.planPart('Starter stack')).toHaveJSProperty('open', true);
  await expect(ui.planPart('First steps')).toHaveJSProperty('open', false);

  // The host's theme still applies, live.
  await widget.evaluate((el) => el.setAttribute('theme', 'light'));
  await expect(ui.app).toHaveAttribute('data-theme', 'light');
  expect(seen.errors).toEqual([]);
});

test('an element detached for good leaves nothing behind', async ({ page }) => {
  await page.goto(writeHostPage('life-release.html', hostHtml(SCRIPT, '<div id="slot"></div>')));
  await page.waitForFunction(() => customElements.get('framework-advisor'));
  for (let round = 0; round < 20; round++) {
    await page.evaluate(async () => {
      const el = document.createElement('framework-advisor');
      el.setAttribute('preset', 'hr-saas');
      const ready = new Promise((done) => el.addEventListener('advisor-ready', done, { once: true }));
      document.getElementById('slot').append(el);
      await ready;
      el.shadowRoot.querySelector('[data-requirement=ml] [role=switch]').click();
      el.remove();
    });
    await nextTask(page);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: 'customElements.get("framework-advisor").prototype',
  });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  expect(count.value).toBe(0);
  // The wasm instance still works for new elements.
  await page.evaluate(() => {
    const el = document.createElement('framework-advisor');
    el.setAttribute('preset', 'analytics-api');
    document.getElementById('slot').append(el);
  });
  await expectAnswer(advisor(page.locator('framework-advisor')), 'fastapi', 'firm');
});

test('reset() returns to the starting state; clear() switches everything off', async ({ page }) => {
  await page.goto(hostPage('life-reset.html', 'preset="hr-saas" requirements="ml"'));
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  const start = await widget.evaluate(async (el) => {
    await new Promise((done) => (el.verdict ? done() : el.addEventListener('advisor-ready', done, { once: true })));
    return el.requirements;
  });
  expect(start.ml).toBe('important');
  await ui.toggle('admin').click();
  await ui.toggle('api').click();
  expect(await widget.evaluate((el) => el.requirements)).not.toEqual(start);
  await widget.evaluate((el) => el.reset());
  expect(await widget.evaluate((el) => el.requirements)).toEqual(start);
  await expect(ui.toggle('admin')).toBeChecked();
  await expect(ui.toggle('api')).not.toBeChecked();
  await widget.evaluate((el) => el.clear());
  expect(await widget.evaluate((el) => el.requirements)).toEqual({});
  await expectAnswer(ui, 'none', 'empty');
  // Reset while detached applies when it is attached again.
  await ui.toggle('api').click();
  await page.evaluate(() => {
    window.kept = document.querySelector('framework-advisor');
    window.kept.remove();
  });
  await nextTask(page);
  await page.evaluate(() => {
    window.kept.reset();
    document.querySelector('main').append(window.kept);
  });
  await expect(ui.toggle('admin')).toBeChecked();
  expect(await widget.evaluate((el) => el.requirements)).toEqual(start);
});

test('properties read consistently right after a write', async ({ page }) => {
  await page.goto(hostPage('life-sync.html'));
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'none', 'empty');
  const reads = await widget.evaluate((el) => {
    const out = [];
    el.requirements = { api: 'must', types: 'must', docs: 'important' };
    out.push([el.verdict, el.firm, el.requirements]);
    el.setRequirements('admin!,orm!,auth!');
    out.push([el.verdict, el.firm, Object.keys(el.requirements).length]);
    el.setAttribute('requirements', 'ml!,api!');
    out.push([el.verdict]);
    el.clear();
    out.push([el.verdict, el.requirements]);
    return out;
  });
  expect(reads).toEqual([
    ['fastapi', true, { api: 'must', types: 'must', docs: 'important' }],
    ['django', true, 3],
    ['fastapi'],
    ['none', {}],
  ]);
});

/** True when the headline, or the answer bar, is wholly inside the window. */
const verdictInView = (scope) =>
  scope.evaluate((el, CSS) => {
    const root = el.shadowRoot ?? el;
    return [...root.querySelectorAll(`${CSS.headline}, ${CSS.answerBar}`)].some((node) => {
      const box = node.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    });
  }, CSS);

for (const [name, width, height] of [
  ['wide', 1280, 800],
  ['narrow', 360, 740],
]) {
  test(`the verdict stays in view after every switch (embed, ${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const intro = '<h1>Choosing a framework</h1>' + '<p>Some article text before the widget.</p>'.repeat(8);
    await page.goto(hostPage(`life-view-${name}.html`, '', intro));
    const widget = page.locator('framework-advisor');
    const ui = advisor(widget);
    await expect(ui.headline).toBeAttached();
    const count = await ui.allToggles.count();
    for (let i = 0; i < count; i++) {
      await ui.allToggles.nth(i).click();
      expect(await verdictInView(widget), `after switch ${i + 1}`).toBe(true);
    }
  });

  test(`the verdict stays in view after every switch (article page, ${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const ui = advisor(page);
    await expect(ui.headline).toBeAttached();
    const count = await ui.allToggles.count();
    for (let i = 0; i < count; i++) {
      await ui.allToggles.nth(i).click();
      expect(await verdictInView(page.locator('body')), `after switch ${i + 1}`).toBe(true);
    }
  });
}

test('cta-project hands the reader’s project to the call-to-action page', async ({ page }) => {
  await page.addInitScript(() => {
    window.clicks = [];
    document.addEventListener('advisor-cta-click', (e) => window.clicks.push(e.detail));
  });
  await page.goto(
    hostPage(
      'life-cta.html',
      'preset="hr-saas" cta-href="https://example.com/contact?from=blog#form" cta-label="Talk to us" cta-project="project"',
    ),
  );
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'django', 'firm');
  const href = await ui.cta.getAttribute('href');
  const url = new URL(href);
  expect(url.origin + url.pathname).toBe('https://example.com/contact');
  expect(url.searchParams.get('from')).toBe('blog');
  expect(url.hash).toBe('#form');
  const project = url.searchParams.get('project');
  expect(project).toMatch(/^v1:/);
  expect(project).toContain('admin!');
  // It follows the reader's edits.
  await ui.toggle('ml').click();
  await expect(ui.cta).toHaveAttribute('href', /project=v1:[^#]*ml/);
  await ui.cta.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await ui.cta.click();
  const [click] = await page.evaluate(() => window.clicks);
  expect(click.href).toContain('project=v1:');
  expect(click.requirements.ml).toBe('important');
  expect(click.requirements.admin).toBe('must');
  // Without the attribute the link is left as given.
  await widget.evaluate((el) => el.removeAttribute('cta-project'));
  await expect(ui.cta).toHaveAttribute('href', 'https://example.com/contact?from=blog#form');
});
