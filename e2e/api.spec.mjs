// The element's JavaScript API as integrators use it: properties, methods,
// events (including their order after live attribute changes), advisor-error,
// verdict-specific calls to action, and the manifest that documents it all.
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CRASH_MESSAGE, CSS, SITE, hostHtml, watch, writeHostPage, advisor, expectAnswer } from './helpers.mjs';
import { trapIn } from './wasm.mjs';

const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const declaration = manifest.modules[0].declarations[0];
const SCRIPT = `<script src="${SITE}/framework-advisor.js" defer></script>`;
const FALLBACK = '<p class="fallback">Django for full web apps; FastAPI for typed APIs.</p>';

/** Records every advisor event that reaches `document`, in order. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.advisorEvents = [];
    for (const type of ['advisor-ready', 'advisor-change', 'advisor-cta-click', 'advisor-error']) {
      document.addEventListener(type, (e) => window.advisorEvents.push({ type, detail: e.detail }));
    }
  });
}
const events = (page) => page.evaluate(() => window.advisorEvents);
const types = async (page) => (await events(page)).map((e) => e.type);

/** A host page with one element (attributes as given) and the script. */
function hostPage(name, attributes = '', { head = SCRIPT, before = '' } = {}) {
  return writeHostPage(
    name,
    hostHtml(head, `${before}<framework-advisor ${attributes}>${FALLBACK}</framework-advisor>`),
  );
}

test('a live attribute change between two edits gives ready once, then two changes, and both edits reach the URL', async ({
  page,
}) => {
  await recordEvents(page);
  await page.goto(hostPage('api-order.html', 'sync-url'));
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'none', 'empty');
  await ui.switchesOff.first().click();
  await expect.poll(() => types(page)).toEqual(['advisor-ready', 'advisor-change']);
  await widget.evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect(ui.app).toHaveAttribute('data-theme', 'dark');
  await ui.toggle('admin').click();
  await expect.poll(() => types(page)).toEqual(['advisor-ready', 'advisor-change', 'advisor-change']);
  // The second edit was written to the page URL too.
  const last = (await events(page)).at(-1).detail;
  expect(Object.keys(last.requirements)).toContain('admin');
  expect(decodeURIComponent(new URL(page.url()).searchParams.get('advisor'))).toContain('admin');
});

test('Copy link uses the page URL of the moment (a single-page app changed its route)', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(hostPage('api-spa.html', 'sync-url preset="ml-service"'));
  const ui = advisor(page.locator('framework-advisor'));
  await expectAnswer(ui, 'fastapi', 'firm');
  await page.evaluate(() => history.pushState({}, '', '/pricing?plan=team#faq'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(ui.shareStatus).toHaveText('Link copied to the clipboard.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${SITE}/pricing\\?plan=team&advisor=v1:[^#]+#faq$`));
  // A new selection clears the old status.
  await ui.toggle('admin').click();
  await expect(ui.shareStatus).toHaveText('');
});

test('every documented property and method exists; attribute properties reflect', async ({ page }) => {
  const seen = watch(page);
  await page.goto(hostPage('api-props.html'));
  const widget = page.locator('framework-advisor');
  await expect(advisor(widget).headline).toBeVisible();
  const members = declaration.members;
  const missing = await widget.evaluate(
    (el, members) =>
      members
        .filter((m) => (m.kind === 'method' ? typeof el[m.name] !== 'function' : !(m.name in el)))
        .map((m) => m.name),
    members,
  );
  expect(missing).toEqual([]);
  // Every attribute is observed and documented with its property.
  const observed = await widget.evaluate((el) => el.constructor.observedAttributes);
  expect(observed.toSorted()).toEqual(declaration.attributes.map((a) => a.name).toSorted());

  const reflected = await widget.evaluate((el) => {
    el.theme = 'dark';
    el.compact = true;
    el.djangoCtaLabel = 'Talk to our Django team';
    const afterSet = [el.getAttribute('theme'), el.getAttribute('compact'), el.getAttribute('django-cta-label')];
    el.theme = null;
    el.compact = false;
    el.setAttribute('no-scenarios', 'false');
    return { afterSet, theme: el.theme, compact: el.hasAttribute('compact'), noScenarios: el.noScenarios };
  });
  expect(reflected).toEqual({
    afterSet: ['dark', '', 'Talk to our Django team'],
    theme: null,
    compact: false,
    noScenarios: false,
  });
  // Read-only state cannot be assigned.
  const verdict = await widget.evaluate((el) => {
    try {
      el.verdict = 'django';
    } catch {}
    return el.verdict;
  });
  expect(verdict).toBe('none');
  expect(seen.errors).toEqual([]);
});

test('requirements, setRequirements() and reset() drive the widget and report state', async ({ page }) => {
  const seen = watch(page);
  await recordEvents(page);
  await page.goto(hostPage('api-methods.html'));
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'none', 'empty');

  await widget.evaluate((el) => el.setRequirements({ admin: 'must', orm: 'important', pages: 'nice', ml: 'off' }));
  await expectAnswer(ui, 'django', 'firm');
  expect(await widget.evaluate((el) => [el.verdict, el.firm, el.clarity > 50, el.score < 0])).toEqual([
    'django',
    true,
    true,
    true,
  ]);
  expect(await widget.evaluate((el) => el.requirements)).toEqual({ admin: 'must', orm: 'important', pages: 'nice' });
  await expect(ui.importance('admin', 'must-have')).toBeChecked();

  // The property takes the attribute's text form too.
  await widget.evaluate((el) => {
    el.requirements = 'api!,types!,docs';
  });
  await expectAnswer(ui, 'fastapi', 'firm');
  // Setting the same value again still applies it (after the reader changed it).
  await ui.toggle('api').click();
  await widget.evaluate((el) => el.setRequirements('api!,types!,docs'));
  await expect(ui.toggle('api')).toBeChecked();

  // Without preset or requirements attributes, the starting state is empty.
  await widget.evaluate((el) => el.reset());
  await expectAnswer(ui, 'none', 'empty');
  expect(await widget.evaluate((el) => el.requirements)).toEqual({});

  // Unknown ids and levels are skipped with one warning; wrong types throw.
  await widget.evaluate((el) => el.setRequirements({ admin: 'must', blockchain: 'must', orm: 'always' }));
  await expectAnswer(ui, 'django', 'lean');
  expect(await widget.evaluate((el) => el.requirements)).toEqual({ admin: 'must' });
  expect(seen.warnings.join('\n')).toMatch(/requirements: ignored unknown entries: blockchain!, orm=always/);
  const thrown = await widget.evaluate((el) => {
    try {
      el.requirements = 42;
      return null;
    } catch (e) {
      return e.name;
    }
  });
  expect(thrown).toBe('TypeError');
  // Every programmatic change was reported like a reader's.
  const sequence = await types(page);
  expect(sequence[0]).toBe('advisor-ready');
  expect(sequence.filter((t) => t === 'advisor-ready')).toHaveLength(1);
  expect(sequence.filter((t) => t === 'advisor-change').length).toBeGreaterThanOrEqual(5);
  expect(seen.errors).toEqual([]);
});

test('properties set before the script loads apply when the element upgrades', async ({ page }) => {
  await recordEvents(page);
  const body =
    `<framework-advisor>${FALLBACK}</framework-advisor>` +
    `<script src="${SITE}/lazy-props.js"></script>`;
  writeHostPage('lazy-props.js',
    `const el = document.querySelector('framework-advisor');
     el.requirements = { api: 'must', types: 'must', docs: 'important' };
     el.theme = 'dark';
     el.noScenarios = true;
     const s = document.createElement('script');
     s.src = '${SITE}/framework-advisor.js';
     document.head.append(s);`);
  await page.goto(writeHostPage('api-lazy.html', hostHtml('', body)));
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'fastapi', 'firm');
  await expect(widget).toHaveAttribute('theme', 'dark');
  await expect(advisor(widget).app).toHaveAttribute('data-theme', 'dark');
  await expect(widget.locator(CSS.presets)).toHaveCount(0);
  // advisor-ready already carries the requirements set early.
  const first = (await events(page))[0];
  expect(first.type).toBe('advisor-ready');
  expect(first.detail.requirements).toEqual({ api: 'must', types: 'must', docs: 'important' });
});

test('a call to action can follow the verdict', async ({ page }) => {
  await recordEvents(page);
  await page.goto(
    hostPage(
      'api-cta.html',
      'preset="hr-saas" cta-href="https://example.com/contact" cta-label="Contact us" ' +
        'django-cta-href="https://example.com/django" django-cta-label="Talk to our Django team" ' +
        'both-cta-href="https://example.com/both" both-cta-label="Plan a split architecture" ' +
        'fastapi-cta-href="javascript:alert(1)" fastapi-cta-label="Bad"',
    ),
  );
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'django', 'firm');
  await expect(ui.cta).toHaveText('Talk to our Django team');
  await expect(ui.cta).toHaveAttribute('href', 'https://example.com/django');
  await widget.evaluate((el) => el.setRequirements('pages!,admin!,auth,ml!,io?'));
  await expectAnswer(ui, 'both', 'lean');
  await expect(ui.cta).toHaveText('Plan a split architecture');
  // The FastAPI link was not a web link: the general one stands in.
  await widget.evaluate((el) => el.setRequirements('api!,types!,docs'));
  await expectAnswer(ui, 'fastapi', 'firm');
  await expect(ui.cta).toHaveText('Contact us');
  await ui.cta.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  await ui.cta.click();
  const click = (await events(page)).find((e) => e.type === 'advisor-cta-click');
  expect(click.detail).toEqual({
    href: 'https://example.com/contact',
    label: 'Contact us',
    verdict: 'fastapi',
    requirements: { api: 'must', types: 'must', docs: 'important' },
  });
});

test('no-scenarios hides the scenarios, live', async ({ page }) => {
  await page.goto(hostPage('api-hide.html', 'no-scenarios'));
  const widget = page.locator('framework-advisor');
  await expect(advisor(widget).headline).toBeVisible();
  await expect(widget.getByRole('navigation', { name: 'Example scenarios' })).toHaveCount(0);
  await widget.evaluate((el) => {
    el.noScenarios = false;
  });
  await expect(widget.getByRole('navigation', { name: 'Example scenarios' })).toBeVisible();
});

test('the documented parts and tokens are exactly the ones the widget has', async ({ page }) => {
  await page.goto(hostPage('api-parts.html', 'preset="hr-saas" cta-href="/contact"'));
  const widget = page.locator('framework-advisor');
  await expect(advisor(widget).cta).toBeVisible();
  const live = await widget.evaluate((el) => {
    const parts = new Set([...el.shadowRoot.querySelectorAll('[part]')].map((e) => e.getAttribute('part')));
    const css = [...el.shadowRoot.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n');
    const tokens = new Set(css.match(/--advisor-[a-z-]+/g));
    return { parts: [...parts].sort(), tokens: [...tokens].sort() };
  });
  expect(live.parts).toEqual(declaration.cssParts.map((p) => p.name).sort());
  expect(live.tokens).toEqual(declaration.cssProperties.map((p) => p.name).sort());
  expect(declaration.events.map((e) => e.name).sort()).toEqual([
    'advisor-change',
    'advisor-cta-click',
    'advisor-error',
    'advisor-ready',
  ]);
});

test('a crash in the release wasm shows the reload message in every widget and fires advisor-error', async ({
  page,
}) => {
  const seen = watch(page);
  await recordEvents(page);
  const wasm = readFileSync(`dist/${embed.wasm}`);
  const broken = trapIn(wasm, 'widget_refresh');
  const hash = (bytes) => createHash('sha384').update(bytes).digest('base64');
  const script = readFileSync('dist/framework-advisor.js', 'utf8');
  expect(script).toContain(hash(wasm));
  await page.route(`${SITE}/${embed.wasm}`, (route) =>
    route.fulfill({ contentType: 'application/wasm', body: broken }),
  );
  await page.route(`${SITE}/framework-advisor.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: script.replace(hash(wasm), hash(broken)) }),
  );
  const body =
    '<p id="host-text">The host page’s own paragraph.</p>' +
    `<framework-advisor id="a">${FALLBACK}</framework-advisor>` +
    `<framework-advisor id="b" preset="hr-saas">${FALLBACK}</framework-advisor>`;
  await page.goto(writeHostPage('api-crash.html', hostHtml(SCRIPT, body)));
  await expectAnswer(advisor(page.locator('#b')), 'django', 'firm');
  // The host changes an attribute; the widget traps while applying it. The
  // host's own call does not throw.
  const thrown = await page.evaluate(() => {
    try {
      document.querySelector('#a').setAttribute('theme', 'dark');
      return null;
    } catch (error) {
      return String(error);
    }
  });
  expect(thrown).toBeNull();
  for (const id of ['#a', '#b']) {
    const widget = page.locator(id);
    await expect(widget.getByRole('alert')).toHaveText(CRASH_MESSAGE);
    await expect(widget.locator('.fallback')).toBeVisible();
    await expect(advisor(widget).app).toHaveCount(0);
  }
  const errors = (await events(page)).filter((e) => e.type === 'advisor-error');
  expect(errors.map((e) => e.detail.reason)).toEqual(['crashed', 'crashed']);
  await expect(page.locator('#host-text')).toHaveText('The host page’s own paragraph.');
  expect(seen.errors.filter((e) => e.includes('<framework-advisor>: stopped after an internal error'))).toHaveLength(1);
  // The dead widgets answer property reads without calling into the wasm.
  expect(await page.locator('#b').evaluate((el) => el.verdict)).toBeNull();
});

test.describe('advisor-error: the widget cannot start, the fallback stays', () => {
  /** Loads a host page and returns the advisor-error details once one fired. */
  async function startFailing(page, name, { head = SCRIPT, setup = async () => {} } = {}) {
    await recordEvents(page);
    await setup();
    await page.goto(hostPage(name, '', { head }));
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'advisor-error').length).toBe(1);
    await expect(page.locator('framework-advisor .fallback')).toBeVisible();
    await expect(advisor(page.locator('framework-advisor')).app).toHaveCount(0);
    return (await events(page)).find((e) => e.type === 'advisor-error').detail;
  }

  test('the wasm file cannot be fetched', async ({ page }) => {
    const detail = await startFailing(page, 'error-network.html', {
      setup: () => page.route(`**/${embed.wasm}`, (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    expect(detail.reason).toBe('network');
    expect(detail.message).toContain('404');
  });

  test('the wasm file does not match the script (integrity)', async ({ page }) => {
    const detail = await startFailing(page, 'error-integrity.html', {
      setup: () =>
        page.route(`**/${embed.wasm}`, async (route) => {
          const response = await route.fetch();
          const bytes = Buffer.from(await response.body());
          bytes[bytes.length - 1] ^= 0xff;
          await route.fulfill({ response, body: bytes });
        }),
    });
    expect(detail.reason).toBe('integrity');
  });

  test('WebAssembly is disabled', async ({ page }) => {
    const detail = await startFailing(page, 'error-unsupported.html', {
      setup: () => page.addInitScript(() => delete window.WebAssembly),
    });
    expect(detail.reason).toBe('unsupported');
  });

  test("a Content-Security-Policy without 'wasm-unsafe-eval' refuses it", async ({ page }) => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src ${SITE}; connect-src ${SITE}">`;
    const detail = await startFailing(page, 'error-csp.html', { head: csp + SCRIPT });
    expect(detail.reason).toBe('blocked');
  });
});

test('docs/element-reference.md is the one the build generates', () => {
  const generated = readFileSync('dist/element-reference.md', 'utf8');
  const committed = readFileSync('docs/element-reference.md', 'utf8');
  expect(committed, 'stale: run bash scripts/release.sh && cp dist/element-reference.md docs/').toBe(generated);
});
