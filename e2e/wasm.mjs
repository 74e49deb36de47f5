// Rewriting release wasm files for the crash tests.
import { namedEntries, readUnsigned, sections, unsigned } from '../scripts/wasm-binary.mjs';

/**
 * A copy of the wasm module `bytes` whose exported function `name` does
 * nothing but trap (`unreachable`): what a Rust panic is in a release build
 * with immediate-abort, on demand, without shipping a panic switch.
 */
export function trapIn(bytes, name) {
  // Function indices count the imported functions first.
  const importedFunctions = namedEntries(bytes, 2).filter((entry) => entry.kind === 0).length;
  const exported = namedEntries(bytes, 7).find((entry) => entry.kind === 0 && entry.name === name);
  if (!exported) throw new Error(`no exported function ${name}`);
  const target = exported.index - importedFunctions;
  const code = sections(bytes).find((s) => s.id === 10);
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
