// The server-rendered React host of the consumer matrix (e2e/consumers.spec.mjs):
// Next.js with the App Router, built by `next build` and served by `next start`.
import { resolve } from 'node:path';

export default {
  reactStrictMode: true,
  // The consumers' own node_modules, not the repository's, is the root.
  turbopack: { root: resolve(import.meta.dirname, '..') },
};
