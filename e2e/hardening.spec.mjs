// Hostile and heavy conditions: sandboxes, privacy, many instances, many toggles.
import { test, expect } from '@playwright/test';
import { SITE, hostHtml, watch, writeHostPage, advisor, expectAnswer } from './helpers.mjs';

test('inside a sandboxed iframe (allow-scripts only) the widget works and copy failure is shown', async ({
  page,
}) => {
  const { errors } = watch(page);
  writeHostPage(
    'sandboxed-inner.html',
    hostHtml(
      `<script src="${SITE}/framework-advisor.js" defer></script>`,
      '<framework-advisor preset="hr-saas" sync-url></framework-advisor>',
      'sandboxed-inner.html',
    ),
  );
  await page.goto(
    writeHostPage(
      'sandbox.html',
      hostHtml(
        '',
        '<iframe title="advisor" sandbox="allow-scripts" src="/sandboxed-inner.html" width="1000" height="900"></iframe>',
        'sandbox.html',
      ),
    ),
  );
  const frame = page.frameLocator('iframe');
  const widget = frame.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'django', 'firm');
  await advisor(widget).toggle('ml').click();
  await advisor(widget).importance('ml', 'must-have').check();
  await expectAnswer(advisor(widget), 'both', 'lean');
  await widget.getByRole('button', { name: 'Copy summary' }).click();
  // The sandbox forbids the clipboard: the reader is told and given the text.
  await expect(advisor(widget).shareStatus).toContainText('blocked the clipboard');
  await expect(widget.getByRole('textbox', { name: 'Summary' })).toHaveValue(/^# .+\n\nWeb framework decision, proposed on \d{4}-\d{2}-\d{2}\./);
  expect(errors).toEqual([]);
});

test('no cookies and no storage, on the page and in the embed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const path of ['/', '/embed.html']) {
    await page.goto(path);
    const scope = path === '/' ? page : page.locator('framework-advisor');
    await advisor(scope).toggle('admin').click();
    await scope.getByRole('button', { name: /Web product with an ML feature/ }).click();
    await scope.getByRole('button', { name: 'Copy summary' }).click();
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored, path).toEqual({ cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
    expect((await context.cookies()).length).toBe(0);
  }
});

test('fifty instances render and stay independent', async ({ page }) => {
  const { errors } = watch(page);
  const elements = Array.from(
    { length: 50 },
    (_, i) => `<framework-advisor id="w${i}" compact${i % 2 ? ' preset="analytics-api"' : ''}></framework-advisor>`,
  ).join('');
  await page.goto(
    writeHostPage(
      'fifty.html',
      hostHtml('<script src="/framework-advisor.js" defer></script>', elements, 'fifty.html'),
    ),
  );
  const results = advisor(page.locator('framework-advisor')).result;
  await expect(results).toHaveCount(50);
  const w42 = page.locator('#w42');
  await advisor(w42).toggle('admin').click();
  await advisor(w42).importance('admin', 'must-have').check();
  await expectAnswer(advisor(w42), 'django', 'lean');
  const answers = await results.evaluateAll((all) =>
    all.map((r) => `${r.dataset.verdict}/${r.dataset.grade}`),
  );
  const expected = Array.from({ length: 50 }, (_, i) =>
    i === 42 ? 'django/lean' : i % 2 ? 'fastapi/firm' : 'none/empty',
  );
  expect(answers).toEqual(expected);
  // Only #w42 changed: its neighbours' admin switches are still off.
  await expect(advisor(page.locator('#w41')).toggle('admin')).not.toBeChecked();
  await expect(advisor(page.locator('#w43')).toggle('admin')).not.toBeChecked();
  expect(errors).toEqual([]);
});

test('thousands of rapid toggles leave wasm memory, JS heap, nodes and listeners flat', async ({ page }) => {
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => (window.advisorWasm = e.detail.wasm)),
  );
  await page.goto('/');
  await expectAnswer(advisor(page), 'none', 'empty');
  const cdp = await page.context().newCDPSession(page);
  const toggle = (times) =>
    page.evaluate(async (n) => {
      const switches = [...document.querySelectorAll('input[role=switch]')];
      for (let i = 0; i < n; i++) {
        switches[i % switches.length].click();
        // Let the scheduler render every so often, as real input would.
        if (i % 32 === 31) await new Promise((r) => setTimeout(r));
      }
      // Settled once two more frames have been laid out (Yew renders before the next).
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, times);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const wasm = await page.evaluate(() => window.advisorWasm.memory.buffer.byteLength);
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, wasm };
  };
  // Warm up, then three rounds of 1,024 toggles, each a multiple of twice
  // the number of switches, so every measurement sees the same widget state
  // (all off). Sized to what the check needs: nodes and listeners are
  // counted exactly after every round, so one leaked node or listener per
  // render fails; the JS heap may not grow by 64 KB (a retained closure or
  // string per toggle is well over 20 bytes, 60 KB over these 3,072); wasm
  // memory grows only by 64 KB pages and its peak depends on how many clicks
  // pile up between renders, so one page is allowed, which any leak of a
  // state (its texts and plan: kilobytes) or of 22 bytes per toggle exceeds.
  const cycle = 2 * (await page.locator('input[role=switch]').count());
  expect(cycle).toBe(32);
  await toggle(cycle * 16);
  const before = await measure();
  let after = before;
  for (let round = 0; round < 3; round++) {
    await toggle(cycle * 32);
    after = await measure();
    expect(after.nodes, `DOM nodes, round ${round}`).toBe(before.nodes);
    expect(after.listeners, `event listeners, round ${round}`).toBe(before.listeners);
  }
  expect(after.wasm - before.wasm, 'wasm linear memory growth').toBeLessThanOrEqual(65536);
  expect(after.heap - before.heap, 'JS heap growth in bytes').toBeLessThan(64 * 1024);
  // Every switch was toggled an even number of times: all are off again.
  await expect(page.locator('input[role=switch]:checked')).toHaveCount(0);
  await expect(advisor(page).rowsOn).toHaveCount(0);
  await expectAnswer(advisor(page), 'none', 'empty');
});
