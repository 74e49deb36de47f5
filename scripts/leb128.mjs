// Unsigned LEB128, the variable-length integers of the wasm binary format
// (scripts/short-names.mjs, and the crash tests' wasm rewrites).

/** Unsigned LEB128 at `offset` of `bytes`: [value, offset after it]. */
export function readUnsigned(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, offset];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function unsigned(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}
