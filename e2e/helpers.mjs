// Shared by the page tests.
import { mkdirSync, writeFileSync } from 'node:fs';

export const SITE = 'http://127.0.0.1:4173';

/** Collects console errors (with uncaught page errors) and warnings. */
export function watch(page) {
  const seen = { errors: [], warnings: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.type() === 'warning') seen.warnings.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/** A minimal host page around `head` and `body`. */
export const hostHtml = (head, body, title = 'Host page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
  `<title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;

/**
 * Writes a page the test server serves from e2e/artifacts/hosts and returns
 * its URL. (A page from loopback may load the loopback "CDN"; one fulfilled
 * by Playwright itself counts as public and may not.)
 */
export function writeHostPage(name, html) {
  mkdirSync('e2e/artifacts/hosts', { recursive: true });
  writeFileSync(`e2e/artifacts/hosts/${name}`, html);
  return `${SITE}/${name}`;
}

/** The verdict headline of the advisor inside `scope` (a page or a locator). */
export const headline = (scope) => scope.locator('.fa-verdict__headline');

/**
 * Resolves after the page has laid out two more frames. Yew renders a change
 * before the next frame, so by then a click's effects are all in the DOM; use
 * it to check that something did *not* happen, instead of a fixed sleep.
 */
export const twoFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
