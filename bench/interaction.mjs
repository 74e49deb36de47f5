// Interaction latency as a reader on a slow phone meets it: trusted clicks
// (Playwright's mouse, through the DevTools protocol's input events) on the
// article page with the CPU throttled 4× (Emulation.setCPUThrottlingRate),
// timed from the switch's `pointerdown` to the moment the new verdict is in
// the DOM (a MutationObserver on the result). Used by bench/run.mjs; also
// runnable on its own against a served dist/: node bench/interaction.mjs URL
import { pathToFileURL } from 'node:url';

/** Clicks the admin switch `clicks` times (each flips the verdict) and
 * returns the pointerdown → DOM-updated times in milliseconds. */
export async function throttledClicks(browser, url, { clicks = 60, rate = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.fa-verdict__headline').waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(() => {
    window.advisorTimes = [];
    let down = null;
    document.addEventListener('pointerdown', () => (down = performance.now()), true);
    new MutationObserver(() => {
      if (down !== null) {
        window.advisorTimes.push(performance.now() - down);
        down = null;
      }
    }).observe(document.querySelector('.fa-verdict__headline'), {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const toggle = page.locator('[data-requirement=admin] .fa-switch');
  for (let i = 0; i < clicks; i++) {
    const before = await page.locator('.fa-verdict__headline').textContent();
    await toggle.click();
    await page.waitForFunction(
      (text) => document.querySelector('.fa-verdict__headline').textContent !== text,
      before,
    );
    // Let the throttled page settle, as a reader's next tap would.
    await page.waitForTimeout(50);
  }
  const times = await page.evaluate(() => window.advisorTimes);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const times = (await throttledClicks(browser, process.argv[2])).sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  console.log(`${times.length} trusted clicks, CPU 4x: p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms`);
  await browser.close();
}
