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
