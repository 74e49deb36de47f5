// Reading and rewriting release wasm files for the crash tests.

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
const toLeb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
};

/**
 * A copy of the wasm module `bytes` whose exported function `name` does
 * nothing but trap (`unreachable`): what a Rust panic is in a release build
 * with immediate-abort, on demand, without shipping a panic switch.
 */
export function trapIn(bytes, name) {
  const sections = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id, start, end: start + size, head: at });
    at = start + size;
  }
  const text = (from) => {
    const [length, start] = leb(bytes, from);
    return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
  };
  let importedFunctions = 0;
  for (const section of sections.filter((s) => s.id === 2)) {
    let [count, p] = leb(bytes, section.start);
    while (count--) {
      [, p] = text(p);
      [, p] = text(p);
      const kind = bytes[p++];
      if (kind === 0) [, p] = leb(bytes, p), importedFunctions++;
      else if (kind === 1) { p++; const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
      else if (kind === 2) { const flags = bytes[p++]; [, p] = leb(bytes, p); if (flags & 1) [, p] = leb(bytes, p); }
      else if (kind === 3) p += 2;
      else throw new Error(`import kind ${kind}`);
    }
  }
  let target = -1;
  for (const section of sections.filter((s) => s.id === 7)) {
    let [count, p] = leb(bytes, section.start);
    while (count--) {
      let exported;
      [exported, p] = text(p);
      const kind = bytes[p++];
      let index;
      [index, p] = leb(bytes, p);
      if (kind === 0 && exported === name) target = index - importedFunctions;
    }
  }
  if (target < 0) throw new Error(`no exported function ${name}`);
  const code = sections.find((s) => s.id === 10);
  let [count, p] = leb(bytes, code.start);
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const [size, start] = leb(bytes, p);
    bodies.push(i === target ? Buffer.from([3, 0, 0x00, 0x0b]) : Buffer.from(bytes.subarray(p, start + size)));
    p = start + size;
  }
  const payload = Buffer.concat([Buffer.from(toLeb(count)), ...bodies]);
  return Buffer.concat([
    Buffer.from(bytes.subarray(0, code.head)),
    Buffer.from([10, ...toLeb(payload.length)]),
    payload,
    Buffer.from(bytes.subarray(code.end)),
  ]);
}

/** The name at `at` of `bytes`: [text, next offset]. */
function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
}

/** Skips an import descriptor's body after its kind byte; returns the next
 * offset and, for a function import, its type index. */
function importBody(bytes, kind, at) {
  let p = at;
  const limits = () => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
  };
  if (kind === 0) {
    const [type, next] = leb(bytes, p);
    return [next, type];
  }
  if (kind === 1) {
    p++;
    limits();
  } else if (kind === 2) limits();
  else if (kind === 3) p += 2;
  else throw new Error(`import kind ${kind}`);
  return [p, -1];
}

/**
 * The names of the functions `bytes` exports whose type is `params` →
 * `results` (value type bytes: 0x7f i32, 0x6f externref). Release builds
 * shorten the generated export names; a signature still tells the entry
 * points apart (the event-handler trampoline is (i32, i32, externref) → ()).
 */
export function exportsOfType(bytes, params, results) {
  const start = new Map();
  let at = 8;
  while (at < bytes.length) {
    const [size, body] = leb(bytes, at + 1);
    start.set(bytes[at], body);
    at = body + size;
  }
  const wanted = JSON.stringify([params, results]);
  const types = [];
  let [count, p] = leb(bytes, start.get(1));
  while (count--) {
    p++; // 0x60: a function type
    const lists = [];
    for (let list = 0; list < 2; list++) {
      let length;
      [length, p] = leb(bytes, p);
      lists.push([...bytes.subarray(p, p + length)]);
      p += length;
    }
    types.push(JSON.stringify(lists));
  }
  // The function index space: imported functions first, then defined ones.
  const functionTypes = [];
  [count, p] = leb(bytes, start.get(2));
  while (count--) {
    [, p] = name(bytes, p);
    [, p] = name(bytes, p);
    const kind = bytes[p++];
    let type;
    [p, type] = importBody(bytes, kind, p);
    if (kind === 0) functionTypes.push(type);
  }
  [count, p] = leb(bytes, start.get(3));
  while (count--) {
    let type;
    [type, p] = leb(bytes, p);
    functionTypes.push(type);
  }
  const found = [];
  [count, p] = leb(bytes, start.get(7));
  while (count--) {
    let exported;
    [exported, p] = name(bytes, p);
    const kind = bytes[p++];
    let index;
    [index, p] = leb(bytes, p);
    if (kind === 0 && types[functionTypes[index]] === wanted) found.push(exported);
  }
  return found;
}
