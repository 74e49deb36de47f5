// A minimal static file server for the page tests, bound to 127.0.0.1 only.
// Usage: node e2e/serve.mjs <port> <dir> [<dir>…]
//   The first directory holding the requested file wins.
//   Paths under /csp/ are served (with that prefix removed) under a strict
//   Content-Security-Policy; every response allows cross-origin reads (CORS),
//   so a second instance on another port can act as a CDN. Text and wasm are
//   sent brotli- or gzip-compressed when the client accepts it, as any real
//   static host does (Lighthouse measures what a reader would download).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [port = '4173', ...dirs] = process.argv.slice(2);
const roots = (dirs.length ? dirs : ['dist']).map((d) => resolve(d));
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function find(path) {
  for (const root of roots) {
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) continue;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      return { file, body: await readFile(file) };
    } catch {
      // not in this root
    }
  }
  return null;
}

/** The compression a client accepts (brotli preferred), or null. */
const encodingFor = (accepted = '') =>
  /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;

/** The last compressed body per file and encoding, reused while the file's
 * content is unchanged (tests rewrite host pages while the server runs). */
const compressed = new Map();
function compress(file, body, encoding) {
  const key = `${encoding}:${file}`;
  const cached = compressed.get(key);
  if (cached?.body.equals(body)) return cached.data;
  const data =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(body, { level: 9 });
  compressed.set(key, { body, data });
  return data;
}

createServer(async (req, res) => {
  const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    // A malformed path (`/%E0%A4%A`): refuse it and keep serving.
    res.writeHead(400, headers).end('Bad request');
    return;
  }
  if (path.startsWith('/csp/')) {
    path = path.slice('/csp'.length);
    headers['content-security-policy'] = STRICT_CSP;
  }
  const found = await find(path);
  if (!found) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    return;
  }
  headers['content-type'] = types[extname(found.file)] ?? 'application/octet-stream';
  headers.vary = 'accept-encoding';
  const encoding = extname(found.file) in types ? encodingFor(req.headers['accept-encoding']) : null;
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers).end(encoding ? compress(found.file, found.body, encoding) : found.body);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${roots.join(', ')} on ${port}`));
