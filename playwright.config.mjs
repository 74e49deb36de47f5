// Page tests in Debian's Chromium (Playwright cannot download browsers here).
import { defineConfig } from '@playwright/test';

const port = 4173;

/** Every test's time limit. The suite keeps a margin of three under it: no
 * test may need more than a third of it on a newcomer's slower machine
 * (`../shared/tools/cold-run`), and the test command's summary prints the
 * five slowest with their share of it (scripts/slowest-tests.mjs). */
export const TIMEOUT = 30_000;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts/results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: TIMEOUT,
  // Playwright names the slowest test *files* (above a minute) at the end of
  // the run; each test's share of its own limit is printed by the test
  // command's summary (scripts/slowest-tests.mjs), from the JSON report.
  reportSlowTests: { max: 5, threshold: 60_000 },
  reporter: [['list'], ['json', { outputFile: 'target/test-logs/page-tests.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    // The site: the built page, the example host pages, and host pages the
    // tests write (a page from loopback may load the loopback "CDN"; a page
    // fulfilled by Playwright itself counts as public and may not).
    {
      command: `node e2e/serve.mjs ${port} dist examples e2e/artifacts/hosts`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    // A second origin acting as the CDN that serves the embed script.
    {
      command: `node e2e/serve.mjs ${port + 1} dist`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
    },
  ],
});
