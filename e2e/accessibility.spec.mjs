// WCAG 2.2 AA checks: axe-core on every state, and a keyboard-only walk.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CSS, twoFrames, advisor, answerOf, expectAnswer } from './helpers.mjs';

const PRESETS = [
  'Multi-tenant HR SaaS',
  'Restaurant menu or school site',
  'Analytics API for a frontend team',
  'ML inference pipeline',
  'Web product with an ML feature',
];

/** Runs axe with every rule it has (WCAG 2.0–2.2 A/AA and best practices). */
async function expectNoViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, `axe violations: ${label}`).toEqual([]);
}

// One test per theme and state, so each stays far inside its time limit on a
// slow machine (an axe run takes a few seconds there).
for (const scheme of ['light', 'dark']) {
  test(`axe: standalone page in ${scheme}, empty`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(advisor(page).headline).toHaveText('No answer yet');
    await expectNoViolations(page, `${scheme} empty`);
  });
  for (const name of PRESETS) {
    test(`axe: standalone page in ${scheme}, scenario ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.getByRole('button', { name: new RegExp(name) }).click();
      await expect(page.locator(`${CSS.preset}[aria-pressed=true]`)).toContainText(name);
      await expectNoViolations(page, `${scheme} ${name}`);
    });
  }
  test(`axe: standalone page in ${scheme}, a lean with suggestions`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/#advisor=v1:admin!,ml,docs');
    await expect(advisor(page).suggestions.first()).toBeVisible();
    await expectNoViolations(page, `${scheme} a lean with suggestions`);
  });
}

test('axe: narrow layout with the answer bar, an open description, and the blocked-clipboard fallback', async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#advisor=v1:pages!,admin!,ml!');
  await expect(advisor(page).answerBar).toBeVisible();
  await advisor(page).about('admin').click();
  await expect(advisor(page).about('admin')).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByRole('textbox', { name: 'Summary' })).toBeVisible();
  await expectNoViolations(page, 'narrow');
});

for (const theme of ['light', 'dark']) {
  test(`axe: the embed inside its open shadow root on a foreign page, ${theme}`, async ({ page }) => {
    await page.goto('/embed.html');
    const widget = page.locator('framework-advisor');
    await expect(advisor(widget).headline).toHaveText('FastAPI');
    await expect(advisor(widget).grade).toHaveText('Clear fit');
    await widget.evaluate((e, theme) => e.setAttribute('theme', theme), theme);
    await expect(advisor(widget).app).toHaveAttribute('data-theme', theme);
    await expectNoViolations(page, `embed ${theme}`);
  });
}

test('axe: the embed builder page', async ({ page }) => {
  await page.goto('/embed-builder.html');
  await expect(advisor(page.locator('#preview')).headline).toBeVisible();
  await expectNoViolations(page, 'builder');
});

/** Describes the focused element: its role-ish kind and accessible text. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const label = el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent;
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Custom radios show their ring on the label's span.
    const ring = el.type === 'radio' ? getComputedStyle(el.nextElementSibling) : style;
    const atCentre = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      kind: el.getAttribute('role') || el.type || el.tagName.toLowerCase(),
      text: (label || '').trim().replace(/\s+/g, ' '),
      outline: parseFloat(ring.outlineWidth) || 0,
      // No tolerance: every control has a scroll margin (advisor.css), so focus
      // scrolling stops it well inside the viewport whatever the fonts' metrics.
      inView: rect.top >= 0 && rect.bottom <= innerHeight,
      covered: atCentre !== null && atCentre !== el && !el.contains(atCentre) &&
        !(el.labels && [...el.labels].some((l) => l.contains(atCentre))),
    };
  });

for (const width of [1280, 360]) {
  test(`keyboard only at ${width}px: every control in order, focus visible and never hidden`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/#advisor=v1:admin!,ml');
    await expect(advisor(page).headline).toHaveText('Django');
    await expect(advisor(page).grade).toHaveText('Likely, not settled');
    // The link opened the page at the widget; Tab starts from there.
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const stops = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.kind === 'a' && f.text.startsWith('Embed this advisor')) break;
      stops.push(f);
    }
    const names = stops.map((s) => `${s.kind}:${s.text}`);
    // The scenarios, then each requirement: what it means, then its switch.
    expect(names.slice(0, 6)).toEqual([
      'button:Reset',
      ...PRESETS.map((p) => expect.stringContaining(`button:${p}`)),
    ]);
    const switches = names.filter((n) => n.startsWith('switch:'));
    expect(switches).toHaveLength(16);
    const admin = names.indexOf('switch:An admin back office for staff');
    expect(names[admin - 1]).toBe('button:iWhat “An admin back office for staff” means');
    // An importance group sits right after its switch when the requirement is on.
    expect(names[admin + 1]).toBe('radio:must-have');
    // After the form: the answer bar's button on a phone, then the answer
    // card's edits that would change it, its copy actions, its way to the
    // plan, and the plan's parts.
    const lastSwitch = names.lastIndexOf(switches.at(-1));
    const copy = names.indexOf('button:Copy link');
    expect(names.slice(lastSwitch + 1, copy)).toEqual(width < 700 ? ['button:Details'] : []);
    expect(names[copy + 1]).toBe('button:Copy summary');
    // Then the edits that would change it, the way to the plan where the
    // plan is not right below (wide), and the plan's parts.
    const plan = names.findIndex((n) => n.startsWith('summary:Starter stack'));
    const between = names.slice(copy + 2, plan);
    expect(between.some((n) => n.startsWith('button:If'))).toBe(true);
    expect(between.filter((n) => !n.startsWith('button:If'))).toEqual(
      width < 700 ? [] : ['button:Where to start: the plan ↓'],
    );
    for (const stop of stops) {
      expect(stop.outline, `focus ring on ${stop.kind}:${stop.text}`).toBeGreaterThanOrEqual(2);
      expect(stop.inView, `in view: ${stop.kind}:${stop.text}`).toBe(true);
      expect(stop.covered, `not covered: ${stop.kind}:${stop.text}`).toBe(false);
    }
  });
}

test('keyboard: Space and Enter operate switches, arrows move within importance', async ({ page }) => {
  await page.goto('/#advisor=v1:admin!,ml');
  const orm = page.getByRole('switch', { name: /Relational data/ });
  await orm.focus();
  await page.keyboard.press('Space');
  await expect(orm).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(advisor(page).importance('orm', 'nice-to-have')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(advisor(page).importance('orm', 'must-have')).toBeChecked();
  await expect(advisor(page).headline).toHaveText('Django');
  await expect(advisor(page).grade).toHaveText('Likely, not settled');
  // A suggestion button works with Enter: the answer becomes the one it named.
  const suggestion = advisor(page).suggestions.first();
  const promised = await answerOf({ result: suggestion });
  await suggestion.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => answerOf(advisor(page))).toBe(promised);
});

test('every control is at least 24 × 24 CSS px (WCAG 2.5.8), wide and narrow', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/#advisor=v1:pages!,admin!,ml!,io?');
    // Wait for the widget: on an empty page there is nothing to measure.
    await expect(advisor(page).rowsOn).toHaveCount(4);
    const small = await page.evaluate((CSS) =>
      [...document.querySelectorAll(`${CSS.app} :is(button, a, input, textarea)`)]
        // Controls hidden in this layout (display: none) are no targets.
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => {
          // A visually hidden radio's target is the label drawn over it.
          const target = el.type === 'radio' ? el.closest('label') : el;
          const r = target.getBoundingClientRect();
          return { what: target.textContent.trim() || el.type, w: r.width, h: r.height };
        })
        .filter((t) => t.w < 24 || t.h < 24),
    CSS);
    expect(small, `targets under 24px at ${width}px`).toEqual([]);
  }
});

test('the verdict is announced once per change through a status region present from the start', async ({
  page,
}) => {
  await page.goto('/');
  const status = page.locator(`${CSS.verdict}[role=status]`);
  await expect(status).toHaveCount(1);
  await page.evaluate((CSS) => {
    window.announcements = 0;
    new MutationObserver(() => window.announcements++).observe(
      document.querySelector(`${CSS.verdict}[role=status]`),
      { subtree: true, childList: true, characterData: true },
    );
  }, CSS);
  const flip = async (name) => {
    await page.getByRole('switch', { name }).click();
    await twoFrames(page);
    return page.evaluate(() => {
      const n = window.announcements;
      window.announcements = 0;
      return n;
    });
  };
  expect(await flip('An admin back office for staff')).toBe(1);
  expect(await flip('Serving a machine-learning model')).toBe(1);
  // A change that leaves the text as it was announces nothing.
  await advisor(page).importance('admin', 'important').check();
  await twoFrames(page);
  expect(await page.evaluate(() => window.announcements)).toBe(0);
});

test('what assistive technology gets: a switch, its description, and the whole result', async ({
  page,
}) => {
  await page.goto('/#advisor=v1:pages!,admin!,auth,ml!,separate!');
  await expectAnswer(advisor(page), 'both', 'firm');
  // A switch: its name, its state, the button to what it means, its importance.
  await expect(page.locator('[data-requirement=admin]')).toMatchAriaSnapshot(`
    - listitem:
      - text: An admin back office for staff
      - button "What “An admin back office for staff” means"
      - switch "An admin back office for staff" [checked]
      - group "How much “An admin back office for staff” matters":
        - text: How much “An admin back office for staff” matters
        - radio "nice-to-have"
        - text: nice-to-have
        - radio "important"
        - text: important
        - radio "must-have" [checked]
        - text: must-have
  `);
  await advisor(page).about('admin').click();
  await expect(page.getByRole('switch', { name: 'An admin back office for staff' })).toHaveAccessibleDescription(
    /Screens where staff edit records/,
  );
  // The answer card, in full (children compared exactly): the answer in a
  // status region first, then why, the copy actions and their status, what
  // would change it and the way to the plan.
  await expect(advisor(page).result).toMatchAriaSnapshot(`
    - region "Recommendation":
      - /children: equal
      - heading "Recommendation" [level=2]
      - status:
        - paragraph: Clear fit
        - paragraph: Django plus a FastAPI service
        - paragraph: "A FastAPI service beside the Django app takes model inference: it needs its own hardware, libraries and scaling."
      - heading "Why" [level=3]
      - list:
        - listitem: Django renders pages with its own templates, forms and sessions; FastAPI leaves those to you.
        - listitem: Django's admin gives staff screens over your models on day one, with per-model permissions and a log of admin edits.
        - listitem: FastAPI makes the model service small and typed; running apart gives it its own libraries, hardware and scaling.
      - button "Copy link"
      - button "Copy summary"
      - status
      - heading "What would change it" [level=3]
      - paragraph: "Little would: the part moves back into Django only if its reason to run apart goes away."
      - 'button "Where to start: the plan"'
  `);
  // The plan, in full: how it splits, then its parts, the first steps open.
  await expect(page.locator(CSS.plan)).toMatchAriaSnapshot(`
    - region "Your plan":
      - /children: equal
      - heading "Your plan" [level=2]
      - heading "How to split it" [level=3]
      - paragraph: Django runs
      - list:
        - listitem: the server-rendered pages
        - listitem: the staff admin
        - listitem: user accounts
      - paragraph: A FastAPI service runs
      - list:
        - listitem: model inference
      - group: Starter stack Django · psycopg · gunicorn · whitenoise · django-htmx · django-allauth · PyJWT · httpx · fastapi · uvicorn
      - group:
        - text: First steps
        - list:
          - listitem: "Start the Django app (first install line): custom user model, models, admin; it owns users and the main database."
          - listitem: Build pages from views, templates and forms; add django-htmx for partial page updates.
          - listitem: "Create the model service (second install line): model loaded once, a readiness endpoint, 503 when too many wait."
          - listitem: "Connect them: short-lived tokens Django signs and the service checks (PyJWT); quick calls through httpx with a timeout, slow ones as jobs Django polls."
          - listitem: Ship them apart, each with its own tests, health check and deploy, plus a contract test between them.
      - group: Risks and when to revisit
  `);
});

test('colour is never the only signal: the grade and every side are in words', async ({ page }) => {
  await page.goto('/#advisor=v1:pages,auth,api');
  // The headline says the verdict, the label above it the grade; what it
  // rests on names what decides it.
  await expect(advisor(page).headline).toHaveText('Django');
  await expect(advisor(page).grade).toHaveText('Clear fit');
  await expect(page.locator(CSS.basis)).toContainText('Django for');
  // Every reason names its side in words, not only in colour.
  const tags = await page.locator(CSS.reasonTag).allTextContents();
  expect(new Set(tags)).toEqual(new Set(['Django', 'FastAPI']));
  // Where every reason speaks for the same side, the headline names it and
  // the reasons carry no tag.
  // (A new fragment alone does not reload the page.)
  await page.goto('about:blank');
  await page.goto('/#advisor=v1:orm!,admin!,auth!,pages,conventions');
  await expect(advisor(page).headline).toHaveText('Django');
  await expect(page.locator(CSS.reason)).toHaveCount(3);
  await expect(page.locator(CSS.reasonTag)).toHaveCount(0);
});

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`non-text contrast ≥ 3:1 for controls and focus in ${scheme} (WCAG 1.4.11)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/#advisor=v1:admin');
    await expect(advisor(page).rowsOn).toHaveCount(1);
    const colours = await page.evaluate((CSS) => {
      const css = (sel, prop, pseudo) => getComputedStyle(document.querySelector(sel), pseudo)[prop];
      return {
        bg: css(CSS.app, 'backgroundColor'),
        surface: css(CSS.rowOn, 'backgroundColor'),
        offSwitch: css(`${CSS.rowOff} ${CSS.switchInput}`, 'borderTopColor'),
        offThumb: css(`${CSS.rowOff} ${CSS.switchInput}`, 'backgroundColor', '::before'),
        onSwitch: css(`${CSS.rowOn} ${CSS.switchInput}`, 'backgroundColor'),
        chosenImportance: css(CSS.importanceChosen, 'backgroundColor'),
        focus: getComputedStyle(document.querySelector(CSS.app)).getPropertyValue('--fa-focus'),
        about: css(CSS.about, 'color'),
      };
    }, CSS);
    expect(contrast(colours.offSwitch, colours.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.offThumb, colours.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.onSwitch, colours.surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.chosenImportance, colours.surface)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.about, colours.bg)).toBeGreaterThanOrEqual(3);
    const focusColour = await page.evaluate((c) => {
      const probe = document.createElement('div');
      probe.style.color = c;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return rgb;
    }, colours.focus.trim());
    expect(contrast(focusColour, colours.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(focusColour, colours.surface)).toBeGreaterThanOrEqual(3);
  });
}

test('reflow at 320 px and at 200% zoom (640 px of a 1280 px screen) without loss', async ({ page }) => {
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/#advisor=v1:pages!,admin!,ml!');
    await expect(advisor(page).headline).toHaveText('Django now, a FastAPI service later');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `horizontal scroll at ${width}px`).toBeLessThanOrEqual(0);
    // Nothing is cut off: every switch label and the verdict are fully on screen horizontally.
    const clipped = await page.evaluate((CSS) =>
      [...document.querySelectorAll(`${CSS.switchLabel}, ${CSS.headline}, ${CSS.suggestion}`)]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.left < 0 || r.right > innerWidth).length,
    CSS);
    expect(clipped).toBe(0);
  }
});

test('reduced motion removes transitions; forced colours keep controls visible', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/#advisor=v1:admin');
  const thumbTransition = () =>
    page
      .locator(CSS.switchInput)
      .first()
      .evaluate((e) => getComputedStyle(e, '::before').transitionDuration);
  expect(await thumbTransition()).toBe('0.15s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await thumbTransition()).toBe('0s');

  await page.emulateMedia({ forcedColors: 'active' });
  const on = advisor(page).switchesOn;
  const off = advisor(page).switchesOff.first();
  const look = (l) =>
    l.evaluate((e) => [getComputedStyle(e).borderTopStyle, getComputedStyle(e).backgroundColor]);
  const [onStyle, onBg] = await look(on);
  const [offStyle, offBg] = await look(off);
  expect(onStyle).toBe('solid');
  expect(offStyle).toBe('solid');
  expect(onBg).not.toBe(offBg);
});

test('language is set on the page and on the embed root; headings form an outline', async ({ page }) => {
  await page.goto('/');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await expect(advisor(page).app).toHaveAttribute('lang', 'en');
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
  );
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i] - levels[i - 1], `heading jump at ${i}`).toBeLessThanOrEqual(1);
  }
  await page.goto('/embed.html');
  await expect(advisor(page.locator('framework-advisor')).app).toHaveAttribute('lang', 'en');
});
