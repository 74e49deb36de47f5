// Trunk pre-build hook (Trunk.toml): writes target/page/article-crash.js,
// the article page's crash script (src/embed/article-crash.js) with the
// widget's reload message (src/embed/crash-message.txt, also the Rust
// `CRASH_MESSAGE`) for its `'@CRASH_MESSAGE@'` string, for index.html to
// inline. The file is rewritten only when it changes, so `trunk serve` does
// not see a change of its own making.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const message = readFileSync(join(root, 'src/embed/crash-message.txt'), 'utf8').trimEnd();
if (!message) throw new Error('src/embed/crash-message.txt is empty');
// A JavaScript string literal of any text; `<` escaped too, so nothing in it
// can end the inline <script>.
const literal = JSON.stringify(message).replaceAll('<', '\\u003c');
const source = readFileSync(join(root, 'src/embed/article-crash.js'), 'utf8');
const parts = source.split("'@CRASH_MESSAGE@'");
if (parts.length !== 2) throw new Error(`src/embed/article-crash.js: expected one '@CRASH_MESSAGE@', found ${parts.length - 1}`);
const script = parts.join(literal);
const out = join(root, 'target/page/article-crash.js');
let current = null;
try {
  current = readFileSync(out, 'utf8');
} catch {
  // first build
}
if (current !== script) {
  mkdirSync(join(root, 'target/page'), { recursive: true });
  writeFileSync(out, script);
}
