// Builds the consumer apps with their real toolchains: four into
// ../artifacts/hosts/consumer-<name>/ (served by the page tests' server), and
// the Next.js app into next/.next (served by `next start`).
// Run by e2e/consumers.spec.mjs after it installs the packed tarball.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import webpack from 'webpack';

const out = (name) => resolve(`../artifacts/hosts/consumer-${name}`);

for (const [name, plugin] of [
  ['react', react()],
  ['vue', vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'framework-advisor' } } })],
  ['svelte', svelte()],
]) {
  await build({
    root: resolve(name),
    base: './',
    logLevel: 'error',
    plugins: [plugin],
    build: { outDir: out(name), emptyOutDir: true },
  });
}

mkdirSync(out('webpack'), { recursive: true });
await new Promise((done, fail) =>
  webpack(
    {
      mode: 'production',
      context: resolve('webpack'),
      entry: './main.js',
      output: { path: out('webpack'), filename: 'main.js', publicPath: 'auto', clean: true },
    },
    (error, stats) => (error || stats.hasErrors() ? fail(error ?? new Error(stats.toString('errors-only'))) : done()),
  ),
);
copyFileSync('webpack/index.html', `${out('webpack')}/index.html`);
execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', 'next'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
console.log('consumers: built react, vue, svelte, webpack, next');
