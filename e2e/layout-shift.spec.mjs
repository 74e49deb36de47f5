// No layout shift while the widget mounts: the article page (fresh and from a
// permalink), the embed on a foreign page that follows the README, and the
// embed builder, on a desktop and a phone viewport.
//
// The figure is the browser's own layout-shift score (the one CLS adds up),
// summed from first paint until the widget has rendered. It is 0 exactly when
// nothing visible moves, on any machine: fonts change how far things would
// move, never whether they do, so no tolerance is needed.
import { chromium, test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SITE, hostHtml, writeHostPage, advisor } from './helpers.mjs';

// Tall windows: the article's introduction ends about 800 px down at 1280 px
// wide and 1,320 px down at 360 px, so the text after the widget is in view at
// first paint and any push it got would count.
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 1100 },
  { name: 'phone', width: 360, height: 1600 },
];

/** Resolves once the page has painted its first content. */
const firstPaint = (page) =>
  page.waitForFunction(() =>
    performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
  );

/**
 * Starts recording layout shifts before the page's first paint. The wasm is
 * held back until the page has painted, as on a slow network, so the widget
 * certainly mounts after a paint (served locally, it could mount before any
 * paint and hide a shift).
 */
async function recordShifts(page) {
  await page.route('**/*.wasm', async (route) => {
    await firstPaint(page);
    await route.continue();
  });
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((s) => {
          const node = s.node;
          const name = node?.nodeType === 1 ? node.tagName.toLowerCase() : node?.nodeName;
          const cls = node?.className && typeof node.className === 'string' ? `.${node.className}` : '';
          const at = (r) => `(${Math.round(r.x)},${Math.round(r.y)})`;
          return `${name}${cls} ${at(s.previousRect)}→${at(s.currentRect)}`;
        });
        window.layoutShifts.push(`${entry.value.toFixed(4)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded once every running animation (such as the clarity
 * marker sliding into place) has finished and two more frames are laid out. */
async function shifts(page) {
  return page.evaluate(async () => {
    // Time-based animations only: a scroll-driven one (the answer bar's
    // fade) follows the scroll position and never finishes.
    const timed = document.getAnimations().filter((a) => a.timeline === document.timeline);
    await Promise.all(timed.map((a) => a.finished));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return window.layoutShifts;
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.name} (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const [state, path] of [
      ['fresh', '/'],
      ['permalink', '/#advisor=v1:pages!,admin!,ml!,io?'],
    ]) {
      test(`article page, ${state}: nothing moves when the widget mounts`, async ({ page }) => {
        await recordShifts(page);
        await page.goto(path);
        await expect(advisor(page).headline).toBeVisible();
        expect(await shifts(page)).toEqual([]);
      });
    }

    test('embed on a foreign page, script arriving late: nothing moves', async ({ page }) => {
      // The embedding guide's optional rule holds the space from the very first paint,
      // before the (deliberately slow) script has defined the element.
      await page.route('**/framework-advisor.js', async (route) => {
        await firstPaint(page);
        await route.continue();
      });
      await recordShifts(page);
      const guide = readFileSync('docs/embedding.md', 'utf8');
      const rule = guide.match(/framework-advisor:not\(:defined\) \{[^}]*\}/)?.[0];
      expect(rule, 'docs/embedding.md documents the space-holding rule').toBeTruthy();
      const url = writeHostPage(
        'late-script.html',
        hostHtml(
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
            `<style>${rule}</style><script src="${SITE}/framework-advisor.js" defer></script>`,
          '<h1>Guide</h1><p>Intro text above the widget.</p>' +
            '<framework-advisor preset="ml-service"><p>Django for full web apps; FastAPI for typed APIs.</p></framework-advisor>' +
            '<p>Text below the widget.</p>',
        ),
      );
      await page.goto(url);
      await expect(advisor(page.locator('framework-advisor')).headline).toBeVisible();
      expect(await shifts(page)).toEqual([]);
    });
  });
}

test('embed builder: the live preview mounts without moving anything', async () => {
  // Playwright hides scrollbars by default; a real browser shows one as soon
  // as the preview makes the page taller than the window, which can move the
  // whole page sideways. Launch one that shows them, with a window taller than
  // the builder's form (so the scrollbar is not there from the start).
  const withScrollbars = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  try {
    const page = await withScrollbars.newPage({ viewport: { width: 1280, height: 1400 } });
    await recordShifts(page);
    await page.goto(`${SITE}/embed-builder.html`);
    await expect(advisor(page.locator('#preview framework-advisor')).headline).toBeVisible();
    await expect(page.locator('#snippet')).not.toBeEmpty();
    expect(await shifts(page)).toEqual([]);
  } finally {
    await withScrollbars.close();
  }
});
