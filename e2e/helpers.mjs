// Shared by the page tests.
import { expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export const SITE = 'http://127.0.0.1:4173';

/** The reload message a crashed widget shows (its one home, also Rust's
 * `CRASH_MESSAGE`). */
export const CRASH_MESSAGE = readFileSync('src/embed/crash-message.txt', 'utf8').trimEnd();

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

/**
 * The widget's selectors, for the page object below and for code that runs
 * inside the page (pass `CSS` to `page.evaluate`). The only place the suite
 * spells a `.fa-` class; e2e/suite.spec.mjs checks that.
 */
export const CSS = {
  app: '.fa-app',
  headline: '.fa-verdict__headline',
  grade: '.fa-verdict__grade',
  verdict: '.fa-verdict',
  basis: '.fa-verdict__basis',
  result: '.fa-result',
  reasons: '.fa-reasons',
  reason: '.fa-reason',
  reasonTag: '.fa-reason__tag',
  answerBar: '.fa-answer-bar',
  plan: '.fa-plan',
  copyActions: '.fa-share__buttons',
  preset: '.fa-preset',
  presets: '.fa-presets',
  row: '.fa-req',
  rowOn: '.fa-req[data-state=on]',
  rowOff: '.fa-req[data-state=off]',
  switchInput: '.fa-switch__input',
  switchLabel: '.fa-req__label',
  about: '.fa-req__about',
  why: '.fa-req__why',
  importanceChosen: '.fa-importance__option input:checked + span',
  suggestion: '.fa-suggestion',
  suggestionResult: '.fa-suggestion__result',
  sharedOutcome: '.fa-changes__outcome',
  splitSide: '.fa-split__side',
  cta: '.fa-cta',
  shareStatus: '.fa-share__status',
  planPart: '.fa-plan__part',
  planName: '.fa-plan__name',
  crashed: '.fa-crashed',
};

/**
 * The advisor inside `scope` (a page, or a locator such as one
 * `framework-advisor` element), described by what a reader sees and uses.
 * The one place the suite spells the widget's selectors.
 */
export function advisor(scope) {
  const requirement = (id) => scope.locator(`[data-requirement=${id}]`);
  return {
    /** The widget's outer box (carries theme, language, compact class). */
    app: scope.locator(CSS.app),
    /** The verdict headline, in words (the accessibility spec reads it;
     * other tests read the result's state with `expectAnswer`). */
    headline: scope.locator(CSS.headline),
    /** How sure the answer is, in words, above the headline. */
    grade: scope.locator(CSS.grade),
    /** The result, whose `data-verdict` (none, django, fastapi, both) and
     * `data-grade` (empty, too-little, balanced, lean, firm) say the answer. */
    result: scope.locator(CSS.result),
    /** The call-to-action link under the verdict. */
    cta: scope.locator(CSS.cta),
    /** The share bar's status line ("Link copied…", "…blocked the clipboard…"). */
    shareStatus: scope.locator(CSS.shareStatus),
    /** The "what would change the answer" buttons. */
    suggestions: scope.locator(CSS.suggestion),
    /** The rows of requirements that are switched on. */
    rowsOn: scope.locator(CSS.rowOn),
    /** The switches that are on / off. */
    switchesOn: scope.locator(`${CSS.rowOn} ${CSS.switchInput}`),
    switchesOff: scope.locator(`${CSS.rowOff} ${CSS.switchInput}`),
    /** One requirement's switch, by its id in the knowledge base. */
    toggle: (id) => requirement(id).getByRole('switch'),
    /** One requirement's importance radio ("nice-to-have", "important", "must-have"). */
    importance: (id, level) => requirement(id).getByRole('radio', { name: level, exact: true }),
    /** Every requirement's switch, in page order. */
    allToggles: scope.locator(`${CSS.row} ${CSS.switchInput}`),
    /** The button that opens one requirement's description. */
    about: (id) => requirement(id).locator(CSS.about),
    /** One part of the plan by its name ("Starter stack", "First steps", …): its `<details>`. */
    planPart: (name) => scope.locator(`${CSS.planPart}:has(${CSS.planName}:text-is("${name}"))`),
    /** The answer bar after the form (narrow layouts): its `data-verdict`
     * and `data-grade` say the answer, and its button leads to the result. */
    answerBar: scope.locator(CSS.answerBar),
  };
}

/**
 * Waits until the advisor's answer is `verdict` (`none`, `django`, `fastapi`,
 * `both`) with `grade` (`empty`, `too-little`, `balanced`, `lean`, `firm`),
 * read from the result's state, not its words.
 */
export async function expectAnswer(ui, verdict, grade) {
  await expect(ui.result).toHaveAttribute('data-verdict', verdict);
  await expect(ui.result).toHaveAttribute('data-grade', grade);
}

/** The answer as `verdict/grade` (e.g. `django/firm`), read once; also a
 * suggestion's (`answerOf({ result: button })`), which carries the answer
 * it would give. */
export const answerOf = async (ui) =>
  `${await ui.result.getAttribute('data-verdict')}/${await ui.result.getAttribute('data-grade')}`;

/**
 * Resolves after the page has laid out two more frames. Yew renders a change
 * before the next frame, so by then a click's effects are all in the DOM; use
 * it to check that something did *not* happen, instead of a fixed sleep.
 */
export const twoFrames = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
