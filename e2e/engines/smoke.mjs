// Smoke tests in the two other engine families, on the release build: the
// article page, the embed on a host page, and the offline file opened from
// disk, each with a few clicks and their verdicts, no console errors and no
// request beyond the page's own files.
//
//   Firefox ESR (Gecko) over WebDriver BiDi, with puppeteer-core;
//   WebKitGTK (the engine of Safari) over W3C WebDriver (WebKitWebDriver),
//   with selenium-webdriver; its MiniBrowser has no headless mode, so it
//   runs under Xvfb.
//
// node e2e/engines/smoke.mjs [firefox|webkit …]   (default: both)
// Set-up installs the browsers (scripts/setup.sh); see docs/toolchain.md.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSS } from '../helpers.mjs';

const PORT = 4181;
const SITE = `http://127.0.0.1:${PORT}`;
const OFFLINE = pathToFileURL(resolve('dist/framework-advisor-offline.html')).href;

/** Collects errors from the moment it runs: the host page runs it first
 * thing; on the other pages it is installed once they have loaded. */
const CAPTURE = `(() => {
  if (window.advisorErrors) return;
  window.advisorErrors = [];
  const note = (m) => window.advisorErrors.push(String(m));
  addEventListener('error', (e) => note(e.message));
  addEventListener('unhandledrejection', (e) => note(e.reason));
  const error = console.error;
  console.error = (...args) => { note(args.join(' ')); error.apply(console, args); };
})();`;

mkdirSync('e2e/artifacts/hosts', { recursive: true });
writeFileSync(
  'e2e/artifacts/hosts/engines-embed.html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>Engine smoke: embed</title><script>${CAPTURE}</script>` +
    `<script src="${SITE}/framework-advisor.js" defer></script></head>` +
    `<body><main><framework-advisor preset="hr-saas"><p>Fallback.</p></framework-advisor></main></body></html>`,
);

/** Runs in the page: the answer as `verdict/grade`, looking into shadow roots. */
const ANSWER = `return (() => {
  const el = document.querySelector('framework-advisor');
  const root = el ? el.shadowRoot : document;
  const r = root && root.querySelector('${CSS.result}');
  return r ? r.dataset.verdict + '/' + r.dataset.grade : null;
})();`;
/** Runs in the page: clicks one requirement's switch (its id as argument). */
const CLICK = `const el = document.querySelector('framework-advisor');
  const root = el ? el.shadowRoot : document;
  root.querySelector('[data-requirement=' + arguments[0] + '] [role=switch]').click();`;
/** Runs in the page: every URL the page fetched. */
const FETCHED = `return performance.getEntriesByType('resource').map((e) => e.name);`;

/** The checks, the same in every engine, on a small driver: open(url),
 * run(script, ...args) (a function body, `arguments` as usual), close(). */
async function smoke(engine, driver) {
  const failures = [];
  const expectAnswer = async (where, answer) => {
    let seen = null;
    for (let i = 0; i < 100; i++) {
      seen = await driver.run(ANSWER);
      if (seen === answer) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    failures.push(`${where}: answer "${seen}", expected "${answer}"`);
  };
  const pages = [
    {
      name: 'article page',
      url: `${SITE}/`,
      steps: [
        ['answer', 'none/empty'],
        ['click', 'admin'],
        ['answer', 'django/lean'],
        ['click', 'orm'],
        ['click', 'auth'],
        ['answer', 'django/firm'],
      ],
      own: (url) => url.startsWith(`${SITE}/`),
    },
    {
      name: 'embed',
      url: `${SITE}/engines-embed.html`,
      steps: [
        ['answer', 'django/firm'],
        ['run', "document.querySelector('framework-advisor').clear();"],
        ['answer', 'none/empty'],
        ['click', 'admin'],
        ['answer', 'django/lean'],
        ['run', "document.querySelector('framework-advisor').setRequirements('pages!,admin!,auth,ml!,io?');"],
        ['answer', 'both/lean'],
      ],
      own: (url) => url.startsWith(`${SITE}/`),
    },
    {
      name: 'offline file',
      url: OFFLINE,
      steps: [
        ['answer', 'none/empty'],
        ['click', 'api'],
        ['click', 'types'],
        ['click', 'docs'],
        ['answer', 'fastapi/firm'],
      ],
      own: () => false,
    },
  ];
  for (const page of pages) {
    const before = failures.length;
    await driver.open(page.url);
    await driver.run(CAPTURE);
    for (const [kind, value] of page.steps) {
      if (kind === 'answer') await expectAnswer(page.name, value);
      if (kind === 'click') await driver.run(CLICK, value);
      if (kind === 'run') await driver.run(value);
    }
    const errors = (await driver.run('return window.advisorErrors;')) ?? [];
    for (const error of errors) failures.push(`${page.name}: console error: ${error}`);
    for (const url of await driver.run(FETCHED)) {
      if (!page.own(url)) failures.push(`${page.name}: fetched ${url}`);
    }
    console.log(`${engine}: ${page.name}: ${failures.length === before ? 'ok' : 'FAILED'}`);
  }
  return failures;
}

/** Firefox ESR over WebDriver BiDi. */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
  });
  const page = await browser.newPage();
  try {
    return await smoke('firefox', {
      open: (url) => page.goto(url, { waitUntil: 'load' }),
      // The body runs as a function; puppeteer passes the arguments.
      run: (body, ...args) => page.evaluate(new Function(body), ...args),
    });
  } finally {
    await browser.close();
  }
}

/** Starts `command` and returns it; it is killed when this process ends. */
function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  process.on('exit', () => child.kill());
  return child;
}

/** WebKitGTK over W3C WebDriver, under Xvfb. */
async function webkit() {
  const display = ':94';
  start('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp']);
  start('WebKitWebDriver', ['--port=4444'], { DISPLAY: display });
  const { Builder, Capabilities } = await import('selenium-webdriver');
  const capabilities = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  });
  let driver;
  for (let i = 0; !driver; i++) {
    try {
      driver = await new Builder().usingServer('http://127.0.0.1:4444').withCapabilities(capabilities).build();
    } catch (error) {
      if (i === 50) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    return await smoke('webkit', {
      open: (url) => driver.get(url),
      run: (body, ...args) => driver.executeScript(body, ...args),
    });
  } finally {
    await driver.quit();
  }
}

const server = start('node', ['e2e/serve.mjs', String(PORT), 'dist', 'examples', 'e2e/artifacts/hosts']);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${SITE}/`)).ok) break;
  } catch {
    if (i === 100) throw new Error('the test server did not start');
  }
  await new Promise((done) => setTimeout(done, 100));
}
const engines = { firefox, webkit };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(engines);
let failed = 0;
for (const name of wanted) {
  const failures = await engines[name]();
  for (const failure of failures) console.error(`${name}: FAIL ${failure}`);
  failed += failures.length;
  console.log(`engines: ${name} ${failures.length ? `${failures.length} failure(s)` : 'passed'}`);
}
server.kill();
process.exit(failed ? 1 : 0);
