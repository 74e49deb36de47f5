// Reading and rewriting release wasm files for the crash tests.
import { readUnsigned, unsigned } from '../scripts/leb128.mjs';

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
    const [size, start] = readUnsigned(bytes, at + 1);
    sections.push({ id, start, end: start + size, head: at });
    at = start + size;
  }
  const text = (from) => {
    const [length, start] = readUnsigned(bytes, from);
    return [Buffer.from(bytes.subarray(start, start + length)).toString('utf8'), start + length];
  };
  let importedFunctions = 0;
  for (const section of sections.filter((s) => s.id === 2)) {
    let [count, p] = readUnsigned(bytes, section.start);
    while (count--) {
      [, p] = text(p);
      [, p] = text(p);
      const kind = bytes[p++];
      if (kind === 0) [, p] = readUnsigned(bytes, p), importedFunctions++;
      else if (kind === 1) { p++; const flags = bytes[p++]; [, p] = readUnsigned(bytes, p); if (flags & 1) [, p] = readUnsigned(bytes, p); }
      else if (kind === 2) { const flags = bytes[p++]; [, p] = readUnsigned(bytes, p); if (flags & 1) [, p] = readUnsigned(bytes, p); }
      else if (kind === 3) p += 2;
      else throw new Error(`import kind ${kind}`);
    }
  }
  let target = -1;
  for (const section of sections.filter((s) => s.id === 7)) {
    let [count, p] = readUnsigned(bytes, section.start);
    while (count--) {
      let exported;
      [exported, p] = text(p);
      const kind = bytes[p++];
      let index;
      [index, p] = readUnsigned(bytes, p);
      if (kind === 0 && exported === name) target = index - importedFunctions;
    }
  }
  if (target < 0) throw new Error(`no exported function ${name}`);
  const code = sections.find((s) => s.id === 10);
  let [count, p] = readUnsigned(bytes, code.start);
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const [size, start] = readUnsigned(bytes, p);
    bodies.push(i === target ? Buffer.from([3, 0, 0x00, 0x0b]) : Buffer.from(bytes.subarray(p, start + size)));
    p = start + size;
  }
  const payload = Buffer.concat([Buffer.from(unsigned(count)), ...bodies]);
  return Buffer.concat([
    Buffer.from(bytes.subarray(0, code.head)),
    Buffer.from([10, ...unsigned(payload.length)]),
    payload,
    Buffer.from(bytes.subarray(code.end)),
  ]);
}
