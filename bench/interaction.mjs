// Interaction latency as a reader on a slow phone meets it: trusted clicks
// (Playwright's mouse, through the DevTools protocol's input events) on every
// requirement's switch, with the CPU throttled 4× (DevTools
// Emulation.setCPUThrottlingRate), timed by the browser's Event Timing API:
// an interaction's duration runs from the input to the next paint after its
// handlers, the figure a reader feels (and the one INP reports). Used by
// bench/run.mjs; also runnable on its own against served pages:
//
//   node bench/interaction.mjs URL [URL …]
import { pathToFileURL } from 'node:url';

/** The switches of the widget on the page (inside an embed's shadow root
 * too: Playwright's CSS locators pierce it). */
const SWITCH = 'input[role=switch]';

/**
 * Clicks every switch on and off again, `rounds` times, on `url` at 1280 × 900
 * with the CPU throttled `rate` times, and returns each interaction's Event
 * Timing duration in milliseconds (the longest event of the interaction; the
 * API rounds to 8 ms).
 */
export async function interactionDurations(browser, url, { rounds = 2, rate = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.fa-verdict__headline').waitFor();
  await page.evaluate(() => {
    window.interactions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        const seen = window.interactions.get(entry.interactionId) ?? 0;
        window.interactions.set(entry.interactionId, Math.max(seen, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const switches = page.locator(SWITCH);
  const count = await switches.count();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count * 2; i++) {
      const target = switches.nth(i % count);
      await target.scrollIntoViewIfNeeded();
      // Clicking the label, as a reader taps the row's text or switch.
      await target.click();
      // Let the throttled page paint and settle, as a reader's next tap would.
      await page.waitForTimeout(150);
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Entries arrive after their paint: give the observer a moment.
  await page.waitForTimeout(300);
  const durations = await page.evaluate(() => [...window.interactions.values()]);
  await context.close();
  return durations;
}

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  for (const url of process.argv.slice(2)) {
    const durations = await interactionDurations(browser, url);
    console.log(
      `${url}: ${durations.length} interactions, CPU 4x: p50 ${percentile(durations, 50)} ms, ` +
        `p95 ${percentile(durations, 95)} ms, max ${Math.max(...durations)} ms`,
    );
  }
  await browser.close();
}
