// Size guard: the built embed, offline file and article page stay within bench/budget.json
// (+5%) for the panic strategy they were built with (dist/embed.json says:
// immediate-abort normally, abort on a toolchain without rust-src). Sizes are
// deterministic, so this is no timed test.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const embed = JSON.parse(readFileSync('dist/embed.json', 'utf8'));
const budget = JSON.parse(readFileSync('bench/budget.json', 'utf8'))[embed.panic];
const brotli = (file) =>
  brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('the embed (script + wasm) stays within its brotli budget', () => {
  const total = brotli(`dist/${embed.script}`) + brotli(`dist/${embed.wasm}`);
  console.log(`embed total (${embed.panic}): ${total} bytes brotli (budget ${budget.embed_total})`);
  expect(total).toBeLessThanOrEqual(Math.floor(budget.embed_total * 1.05));
});

test('the offline file stays within its brotli budget', () => {
  const size = brotli('dist/framework-advisor-offline.html');
  console.log(`offline HTML: ${size} bytes brotli (budget ${budget.offline_html})`);
  expect(size).toBeLessThanOrEqual(Math.floor(budget.offline_html * 1.05));
});

test('the article page (wasm + JS glue) stays within its brotli budget', () => {
  const files = readdirSync('dist');
  const wasm = files.find((f) => /^framework-advisor-[0-9a-f]+_bg\.wasm$/.test(f));
  const glue = files.find((f) => /^framework-advisor-[0-9a-f]+\.js$/.test(f));
  const total = brotli(`dist/${wasm}`) + brotli(`dist/${glue}`);
  console.log(`article page: ${total} bytes brotli (budget ${budget.article_total})`);
  expect(total).toBeLessThanOrEqual(Math.floor(budget.article_total * 1.05));
});
