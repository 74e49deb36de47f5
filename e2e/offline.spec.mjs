// The single-file offline build, opened from disk with the network cut off.
import { test, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerOf, watch, advisor, expectAnswer } from './helpers.mjs';

const FILE = pathToFileURL(resolve('dist/framework-advisor-offline.html')).href;

/** Blocks and records every request that is not the file itself. */
async function cutNetwork(context) {
  const requests = [];
  await context.route(/^https?:/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  return requests;
}

test('the offline file works from file:// with no network at all', async ({ context }) => {
  const requests = await cutNetwork(context);
  const page = await context.newPage();
  const { errors } = watch(page);
  await page.goto(FILE);
  const widget = page.locator('framework-advisor');
  const ui = advisor(widget);
  await expectAnswer(ui, 'none', 'empty');

  await widget.getByRole('button', { name: /ML inference pipeline/ }).click();
  await expectAnswer(ui, 'fastapi', 'firm');
  await widget.getByRole('button', { name: 'Reset' }).click();
  await advisor(widget).toggle('admin').click();
  await advisor(widget).importance('admin', 'must-have').check();
  await advisor(widget).toggle('ml').click();
  await expectAnswer(ui, 'django', 'lean');

  // A "what would change" suggestion applies and gives the answer it promises.
  const suggestion = ui.suggestions.first();
  const promised = await answerOf({ result: suggestion });
  await suggestion.click();
  expect(promised).not.toBe('django/lean');
  expect(await answerOf(ui)).toBe(promised);

  // The permalink lives in the fragment of the file:// URL and restores in a new page.
  const url = page.url();
  expect(url).toMatch(/^file:\/\/.*framework-advisor-offline\.html#advisor=v1:/);
  const restored = await context.newPage();
  await restored.goto(url);
  const [verdict, grade] = (await answerOf(ui)).split('/');
  await expectAnswer(advisor(restored.locator('framework-advisor')), verdict, grade);

  // Copy summary either copies or says it could not, visibly.
  await widget.getByRole('button', { name: 'Copy summary' }).click();
  await expect(advisor(widget).shareStatus).not.toBeEmpty();
  const status = await advisor(widget).shareStatus.textContent();
  if (status.includes('blocked')) {
    await expect(widget.getByRole('textbox', { name: 'Summary' })).toHaveValue(/^# Architecture decision: the web framework/);
  } else {
    expect(status).toBe('Summary copied to the clipboard.');
  }

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});

test('a blocked clipboard in the offline file is reported, not silent', async ({ context }) => {
  await cutNetwork(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto(`${FILE}#advisor=v1:admin!`);
  const widget = page.locator('framework-advisor');
  await widget.getByRole('button', { name: 'Copy link' }).click();
  await expect(advisor(widget).shareStatus).toContainText('blocked the clipboard');
  await expect(widget.getByRole('textbox', { name: 'Link' })).toHaveValue(
    /framework-advisor-offline\.html#advisor=v1:admin!$/,
  );
});
