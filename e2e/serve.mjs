// A minimal static file server for the page tests, bound to 127.0.0.1 only.
// Usage: node e2e/serve.mjs <port> <dir> [<dir>…]
//   The first directory holding the requested file wins.
//   Paths under /csp/ are served (with that prefix removed) under a strict
//   Content-Security-Policy; every response allows cross-origin reads (CORS),
//   so a second instance on another port can act as a CDN.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const headers = { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
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
  res.writeHead(200, headers).end(found.body);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${roots.join(', ')} on ${port}`));
