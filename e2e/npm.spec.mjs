// The npm package as a bundler user gets it: `npm pack` of dist/npm, installed
// into a fresh project, bundled by esbuild from `import 'framework-advisor'`,
// and served as a page.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { SITE, hostHtml, watch, advisor, expectAnswer } from './helpers.mjs';

const WORK = 'e2e/artifacts/npm';
const PROJECT = `${WORK}/consumer`;
const OUT = 'e2e/artifacts/hosts/npm-consumer';
const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

test.beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(`${PROJECT}/src`, { recursive: true });
  const tarball = npm(['pack', `${process.cwd()}/dist/npm`, '--pack-destination', '..'], PROJECT)
    .trim()
    .split('\n')
    .at(-1);
  writeFileSync(`${PROJECT}/package.json`, JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', `../${tarball}`], PROJECT);
  writeFileSync(
    `${PROJECT}/src/main.js`,
    `import 'framework-advisor';
     const advisor = document.querySelector('framework-advisor');
     advisor.addEventListener('advisor-ready', (event) => {
       document.querySelector('#status').textContent = 'ready: ' + event.detail.verdict;
     });
     advisor.requirements = { api: 'must', types: 'must' };`,
  );
  await build({
    absWorkingDir: `${process.cwd()}/${PROJECT}`,
    entryPoints: ['src/main.js'],
    bundle: true,
    format: 'esm',
    minify: true,
    outdir: `${process.cwd()}/${OUT}`,
    logLevel: 'error',
  });
  // esbuild leaves `new URL('./x.wasm', import.meta.url)` alone: the package
  // README tells esbuild users to copy the wasm next to the bundle.
  const installed = `${PROJECT}/node_modules/framework-advisor`;
  const wasm = readdirSync(installed).find((f) => f.endsWith('.wasm'));
  copyFileSync(`${installed}/${wasm}`, `${OUT}/${wasm}`);
  writeFileSync(
    `${OUT}/index.html`,
    hostHtml(
      '<script type="module" src="main.js"></script>',
      '<p id="status">loading</p><framework-advisor><p>Django or FastAPI</p></framework-advisor>',
      'Bundled consumer',
    ),
  );
});

test('the package installs, declares its element, and works bundled by esbuild', async ({ page }) => {
  const installed = JSON.parse(readFileSync(`${PROJECT}/node_modules/framework-advisor/package.json`, 'utf8'));
  expect(installed.version).toBe(JSON.parse(readFileSync('dist/npm/package.json', 'utf8')).version);
  expect(installed.customElements).toBe('custom-elements.json');
  expect(installed.exports['.']).toEqual({ types: './framework-advisor.d.ts', default: './framework-advisor.mjs' });
  for (const file of installed.files) {
    expect(() => readFileSync(`${PROJECT}/node_modules/framework-advisor/${file}`)).not.toThrow();
  }

  const seen = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${SITE}/npm-consumer/index.html`);
  const widget = page.locator('framework-advisor');
  await expectAnswer(advisor(widget), 'fastapi', 'firm');
  await expect(page.locator('#status')).toHaveText('ready: fastapi');
  // The wasm was found next to the bundle through import.meta.url.
  expect(requests.some((path) => /^\/npm-consumer\/framework-advisor-[0-9a-f]+\.wasm$/.test(path))).toBe(true);
  expect(seen.errors).toEqual([]);
});
