// Screenshots of the article page as a reader sees it, for looking at a
// change and for the outside reader review: phone (360 × 780) and desktop
// (1280 × 900), light and dark, empty and filled in (a firm answer and a
// split), the first screen and the whole page in screen-high tiles. Serves
// dist/ itself (build it first: bash scripts/release.sh).
//
//   node scripts/screenshots.mjs [out-dir]     (default target/screens)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'target/screens';
mkdirSync(out, { recursive: true });
const port = 4191;
const server = spawn('node', ['e2e/serve.mjs', String(port), 'dist'], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 500));

const states = [
  ['empty', ''],
  ['firm', '#advisor=v1:orm!,admin!,auth!,pages,conventions'],
  ['split', '#advisor=v1:pages!,admin!,auth,ml!,io?'],
  ['api', '#advisor=v1:api!,docs!,types,io'],
];
const screens = [
  ['phone', { width: 360, height: 780 }],
  ['desktop', { width: 1280, height: 900 }],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const [screen, viewport] of screens) {
  for (const scheme of ['light', 'dark']) {
    for (const [state, hash] of states) {
      // A fresh page each time: a new fragment alone would not reload it.
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}/${hash}`);
      await page.locator('.fa-verdict__headline').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const name = `${screen}-${scheme}-${state}`;
      // The first screen the reader lands on (a link opens at the widget).
      await page.screenshot({ path: `${out}/${name}-first.png` });
      // The widget, in screen-high tiles.
      const { top, height } = await page.evaluate(() => {
        const rect = document.querySelector('#advisor').getBoundingClientRect();
        return { top: rect.top + scrollY, height: rect.height };
      });
      const tiles = Math.min(8, Math.ceil(height / viewport.height));
      for (let tile = 0; tile < tiles; tile++) {
        await page.evaluate((y) => window.scrollTo(0, y), top + tile * viewport.height);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${out}/${name}-tile${tile + 1}.png` });
      }
      await page.close();
    }
  }
}
await browser.close();
server.kill();
console.log(`screenshots in ${out}`);
