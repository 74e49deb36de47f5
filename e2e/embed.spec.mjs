// The <framework-advisor> embed on foreign host pages.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CSS, SITE, hostHtml, watch, writeHostPage, advisor, expectAnswer } from './helpers.mjs';

const CDN = 'http://127.0.0.1:4174'; // another origin, serving dist/ with CORS
const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));

/** The README's embed snippet, pointed at `src` with the real SRI hash. */
function readmeSnippet(src) {
  const readme = readFileSync('README.md', 'utf8');
  const snippet = readme.match(/```html\n([\s\S]*?)```/)[1];
  expect(snippet).toContain('<framework-advisor');
  return snippet
    .replace(/src="[^"]*framework-advisor\.js"/, `src="${src}"`)
    .replace(/integrity="[^"]*"/, `integrity="${embed.integrity}"`);
}

/** Serves `body` as an HTML page at `path` on the site, with optional headers. */
async function host(page, path, body, headers = {}) {
  await page.route(`${SITE}${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }),
  );
  await page.goto(`${SITE}${path}`);
}


/** Collects the advisor events that reach `document`. */
async function recordEvents(page) {
  await page.addInitScript(() => {
    window.advisorEvents = [];
    for (const type of ['advisor-ready', 'advisor-change', 'advisor-cta-click']) {
      document.addEventListener(type, (e) =>
        window.advisorEvents.push({ type, id: e.target.id, detail: e.detail }),
      );
    }
  });
}


test('the README snippet works cross-origin with SRI, and events reach document', async ({
  page,
}) => {
  const seen = watch(page);
  await recordEvents(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(writeHostPage('readme.html', hostHtml(readmeSnippet(`${CDN}/framework-advisor.js`), '')));
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'fastapi', 'firm');
  // The wasm came from the script's own origin, found relative to the script.
  expect(requests).toContain(`${CDN}/${embed.wasm}`);
  await expect(advisor(widget).cta).toHaveText('Talk to our team');

  await advisor(widget).toggle('admin').click();
  await advisor(widget).cta.evaluate((a) =>
    a.addEventListener('click', (e) => e.preventDefault()),
  );
  await advisor(widget).cta.click();
  const events = await page.evaluate(() => window.advisorEvents);
  expect(events.map((e) => e.type)).toEqual(['advisor-ready', 'advisor-change', 'advisor-cta-click']);
  expect(events[0].detail).toMatchObject({
    verdict: 'fastapi',
    firm: true,
    clarity: 100,
    confidence: 100,
    requirements: { ml: 'must', docs: 'important', types: 'important', io: 'important' },
  });
  expect(events[0].detail.score).toBeGreaterThan(0.9);
  expect(events[1].detail.requirements.admin).toBe('important');
  expect(events[1].detail.score).toBeLessThan(events[0].detail.score);
  // A staff admin beside the model service: probably both, and the link says so.
  expect(events[1].detail).toMatchObject({ verdict: 'both', firm: false });
  expect(events[2].detail).toMatchObject({ href: 'https://example.com/contact', label: 'Talk to our team', verdict: 'both' });
  expect(events[2].detail.requirements.ml).toBe('must');
  expect(seen.errors).toEqual([]);
});

test('many elements share one wasm instance and stay independent', async ({ page }) => {
  const wasmRequests = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasmRequests.push(r.url()));
  await host(
    page,
    '/many.html',
    hostHtml(
      '<script src="/framework-advisor.js" defer></script>',
      '<framework-advisor id="a" preset="hr-saas"></framework-advisor>' +
        '<framework-advisor id="b" preset="analytics-api"></framework-advisor>' +
        '<framework-advisor id="c"></framework-advisor>',
    ),
  );
  const [a, b, c] = ['#a', '#b', '#c'].map((id) => page.locator(id));
  await expectAnswer(advisor(a), 'django', 'firm');
  await expectAnswer(advisor(b), 'fastapi', 'firm');
  await expectAnswer(advisor(c), 'none', 'empty');
  await advisor(c).toggle('ml').click();
  await expectAnswer(advisor(c), 'fastapi', 'lean');
  await expectAnswer(advisor(a), 'django', 'firm');
  await expect(advisor(a).toggle('ml')).not.toBeChecked();
  expect(wasmRequests).toHaveLength(1);
  // Each element has its own open shadow root.
  expect(await page.evaluate(() => [...document.querySelectorAll('framework-advisor')].map((e) => e.shadowRoot?.mode))).toEqual(['open', 'open', 'open']);
});

test('attribute changes apply live; invalid values warn once and never blank the widget', async ({
  page,
}) => {
  const seen = watch(page);
  await host(
    page,
    '/live.html',
    hostHtml('<script src="/framework-advisor.js" defer></script>', '<framework-advisor theme="light"></framework-advisor>'),
  );
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'none', 'empty');
  const set = (name, value) =>
    widget.evaluate((e, [n, v]) => (v === null ? e.removeAttribute(n) : e.setAttribute(n, v)), [name, value]);
  const background = () =>
    advisor(widget).app.evaluate((e) => getComputedStyle(e).backgroundColor);

  expect(await background()).toBe('rgb(255, 255, 255)');
  await set('theme', 'dark');
  await expect.poll(background).toBe('rgb(20, 23, 28)');

  await set('preset', 'hr-saas');
  await expectAnswer(advisor(widget), 'django', 'firm');
  await set('requirements', 'ml!,realtime!');
  await expectAnswer(advisor(widget), 'both', 'lean');

  await set('cta-href', 'https://example.com/a');
  await set('cta-label', 'Ask us');
  await expect(advisor(widget).cta).toHaveText('Ask us');
  await expect(advisor(widget).cta).toHaveAttribute('href', 'https://example.com/a');

  await set('compact', '');
  await expect(advisor(widget).app).toHaveAttribute('data-layout', 'compact');
  await set('compact', null);
  await expect(advisor(widget).app).toHaveAttribute('data-layout', 'full');

  // Invalid values: one warning each (even when other attributes change later), widget intact.
  await set('theme', 'neon');
  await set('cta-href', 'javascript:alert(1)');
  await set('preset', 'wordpress');
  await set('cta-label', 'Still ignored');
  const ours = seen.warnings.filter((w) => w.startsWith('<framework-advisor>'));
  expect(ours).toEqual([
    '<framework-advisor>: ignored attribute theme: `neon` is not light, dark or auto',
    '<framework-advisor>: ignored attribute cta-href: `javascript:alert(1)` is not an http(s) link',
    expect.stringContaining('<framework-advisor>: ignored attribute preset: unknown scenario `wordpress`'),
  ]);
  await expect(advisor(widget).cta).toHaveCount(0);
  await expect(advisor(widget).headline).not.toHaveText('');
  expect(seen.errors).toEqual([]);
});

test('a module script, a second copy of the script, and elements added later', async ({ page }) => {
  const seen = watch(page);
  await host(
    page,
    '/module.html',
    hostHtml(
      '<script type="module" src="/framework-advisor.js"></script><script src="/framework-advisor.js" async></script>',
      '<main id="app"></main>',
    ),
  );
  await page.waitForFunction(() => customElements.get('framework-advisor'));
  // An SPA adds an element after the script ran.
  await page.evaluate(() => {
    const el = document.createElement('framework-advisor');
    el.setAttribute('preset', 'restaurant-menu');
    document.querySelector('#app').append(el);
  });
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'django', 'firm');
  // Removing it tears the app down; adding it again mounts afresh.
  await page.evaluate(() => {
    window.kept = document.querySelector('framework-advisor');
    window.kept.remove();
  });
  // The teardown waits one microtask (a move is a disconnect then a connect).
  await expect
    .poll(() => page.evaluate((CSS) => window.kept.shadowRoot.querySelector(CSS.app) === null, CSS))
    .toBe(true);
  await page.evaluate(() => document.body.append(window.kept));
  await expectAnswer(advisor(widget), 'django', 'firm');
  // Globals: nothing but the element registration.
  expect(await page.evaluate(() => typeof window.wasm_bindgen)).toBe('undefined');
  expect(seen.errors).toEqual([]);
});

test('hostile host CSS changes nothing inside the widget', async ({ page }) => {
  const probe = () =>
    page.locator('framework-advisor').evaluate((el, CSS) => {
      const q = (s) => getComputedStyle(el.shadowRoot.querySelector(s));
      return {
        headline: [q(CSS.headline).color, q(CSS.headline).fontSize],
        app: [q(CSS.app).backgroundColor, q(CSS.app).paddingTop, q(CSS.app).fontFamily],
        switch: [q(CSS.switchInput).width, q(CSS.switchInput).height],
        box: Math.round(el.shadowRoot.querySelector(CSS.app).getBoundingClientRect().height),
      };
    }, CSS);
  const body = '<div style="width:900px"><framework-advisor preset="hr-saas"></framework-advisor></div>';
  await host(page, '/plain.html', hostHtml('<script src="/framework-advisor.js" defer></script>', body));
  await expectAnswer(advisor(page.locator('framework-advisor')), 'django', 'firm');
  const plain = await probe();

  // Bootstrap's Reboot, then rules no sane page would ship.
  const reboot = readFileSync('node_modules/bootstrap/dist/css/bootstrap-reboot.css', 'utf8');
  const hostile = `<style>${reboot}</style><style>
    html { font-size: 62.5%; }
    * { all: revert; color: red !important; box-sizing: content-box !important; }
    *, ::before, ::after { margin: 0; padding: 0; border: 0 solid; font: inherit; }
    div, p, button, input, label, ul, li, h2, h3 { line-height: 3 !important; letter-spacing: 2px; }
    button, input { appearance: auto !important; }
  </style>`;
  await host(
    page,
    '/hostile.html',
    hostHtml(`${hostile}<script src="/framework-advisor.js" defer></script>`, body),
  );
  await expectAnswer(advisor(page.locator('framework-advisor')), 'django', 'firm');
  expect(await probe()).toEqual(plain);
});

test('strict CSP host: works without any violation', async ({ page }) => {
  const seen = watch(page);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${SITE}/csp/embed.html`);
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'fastapi', 'firm');
  await advisor(widget).toggle('admin').click();
  await expectAnswer(advisor(widget), 'both', 'lean');
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('with JavaScript disabled the fallback content is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE}/embed.html`);
  await expect(page.locator('framework-advisor p')).toBeVisible();
  await expect(page.locator('framework-advisor p')).toContainText('Django suits full web applications');
  await context.close();
});

test('sync-url keeps state in a query parameter and leaves the host anchor alone', async ({
  page,
}) => {
  const html = hostHtml(
    '<script src="/framework-advisor.js" defer></script>',
    '<h2 id="pricing">Pricing</h2><framework-advisor sync-url preset="scratch"></framework-advisor>',
  );
  await page.route(`${SITE}/sync.html*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.goto(`${SITE}/sync.html?utm=mail#pricing`);
  const widget = page.locator('framework-advisor');
  await advisor(widget).toggle('api').click();
  await expectAnswer(advisor(widget), 'fastapi', 'lean');
  expect(page.url()).toBe(`${SITE}/sync.html?utm=mail&advisor=v1:api#pricing`);
  await page.reload();
  await expectAnswer(advisor(page.locator('framework-advisor')), 'fastapi', 'lean');
  expect(await page.evaluate(() => location.hash)).toBe('#pricing');
});

test('without sync-url the host URL is never touched and no link is offered', async ({ page }) => {
  await page.goto(`${SITE}/embed.html#section`);
  const widget = page.locator('framework-advisor');
  const admin = advisor(widget).toggle('admin');
  await admin.click();
  await expect(admin).toBeChecked();
  expect(page.url()).toBe(`${SITE}/embed.html#section`);
  await expect(widget.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(widget.getByRole('button', { name: 'Copy summary' })).toBeVisible();
});

test('the embed builder previews live and copies a snippet that works as pasted', async ({
  page,
  context,
}) => {
  const seen = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${SITE}/index.html`);
  await page.getByRole('link', { name: 'Embed this advisor on your own site' }).click();
  await expect(page).toHaveURL(`${SITE}/embed-builder.html`);

  await page.getByLabel('Host the files at').fill(`${CDN}/`);
  await page.getByLabel('Starting scenario').selectOption('analytics-api');
  const form = page.locator('#options');
  await form.getByRole('radio', { name: 'Dark' }).check();
  await page.getByLabel('Call-to-action label').fill('Talk to "us" <now>');
  await page.getByLabel('Call-to-action link').fill('javascript:alert(1)');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Call-to-action link').fill('https://example.com/demo');
  await expect(page.getByRole('alert')).toBeHidden();
  await page.getByLabel('Compact layout for sidebars').check();

  const preview = page.locator('#preview framework-advisor');
  await expectAnswer(advisor(preview), 'fastapi', 'firm');
  await expect(preview).toHaveAttribute('theme', 'dark');
  await expect(advisor(preview).cta).toHaveText('Talk to "us" <now>');
  await expect(advisor(preview).app).toHaveAttribute('data-layout', 'compact');
  // A call to action for the FastAPI verdict replaces the general one there.
  await page.getByLabel('When the answer is FastAPI: label').fill('Talk to our API team');
  await page.getByLabel('… and link').nth(1).fill('ftp://example.com/api');
  await expect(page.locator('#cta-problem-fields')).toHaveText('fastapi-cta-href');
  await page.getByLabel('… and link').nth(1).fill('https://example.com/api');
  await expect(advisor(preview).cta).toHaveText('Talk to our API team');
  await page.getByLabel('Hide the scenario buttons').check();
  await expect(preview.getByRole('navigation', { name: 'Example scenarios' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Snippet copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#snippet').textContent());
  expect(copied).toContain(`integrity="${embed.integrity}" crossorigin="anonymous"`);
  expect(copied).toContain(
    '<framework-advisor preset="analytics-api" theme="dark" cta-href="https://example.com/demo" ' +
      'cta-label="Talk to &quot;us&quot; &lt;now&gt;" fastapi-cta-href="https://example.com/api" ' +
      'fastapi-cta-label="Talk to our API team" compact no-scenarios>',
  );
  expect(seen.errors).toEqual([]);

  // Pasted as is into another page, the snippet works (cross-origin, SRI checked).
  const other = await context.newPage();
  await other.goto(writeHostPage('pasted.html', hostHtml('', copied)));
  const pasted = other.locator('framework-advisor');
  await expectAnswer(advisor(pasted), 'fastapi', 'firm');
  await expect(advisor(pasted).cta).toHaveText('Talk to our API team');
  await page.screenshot({ path: 'e2e/artifacts/screens/embed-builder.png', fullPage: true });
});

test('the example host page fetches nothing but the widget’s own files', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${SITE}/embed.html`);
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'fastapi', 'firm');
  await advisor(widget).toggle('admin').click();
  await widget.getByRole('button', { name: /Multi-tenant HR SaaS/ }).click();
  await expectAnswer(advisor(widget), 'django', 'firm');
  expect(requests).toEqual([
    `${SITE}/embed.html`,
    `${SITE}/framework-advisor.js`,
    `${SITE}/${embed.wasm}`,
  ]);
});

test('host pages theme the widget through --advisor-* properties and ::part()', async ({ page }) => {
  await host(
    page,
    '/themed.html',
    hostHtml(
      '<link rel="stylesheet" href="/themed.css"><script src="/framework-advisor.js" defer></script>',
      '<framework-advisor preset="hr-saas"></framework-advisor>',
    ),
  );
  await page.route(`${SITE}/themed.css`, (route) =>
    route.fulfill({
      contentType: 'text/css',
      body:
        'body { --advisor-accent: rgb(200, 0, 100); }' +
        'framework-advisor::part(result) { outline: 3px solid rgb(0, 128, 0); }' +
        'framework-advisor::part(toggle) { letter-spacing: 1px; }',
    }),
  );
  await page.reload();
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'django', 'firm');
  const on = advisor(widget).switchesOn.first();
  expect(await on.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(200, 0, 100)');
  expect(await widget.locator(CSS.result).evaluate((e) => getComputedStyle(e).outlineColor)).toBe(
    'rgb(0, 128, 0)',
  );
  expect(await widget.locator(CSS.switchLabel).first().evaluate((e) => getComputedStyle(e).letterSpacing)).toBe('1px');
  // Every documented part exists.
  for (const part of ['toggle', 'result', 'plan', 'reasons']) {
    await expect(widget.locator(`[part=${part}]`).first()).toBeAttached();
  }
});
