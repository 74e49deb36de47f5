// Reading the wasm binary format, as far as the name shortener
// (scripts/short-names.mjs) needs it: sections, and the names of imports and
// exports with the bytes after them. (binaryen's `--minify-imports-and-
// exports-and-modules` would do the renaming but is larger on this output;
// docs/performance.md has the figures.)

const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

/** Unsigned LEB128 at `offset` of `bytes`: [value, offset after it]. */
function readUnsigned(bytes, offset) {
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

/** A name as the binary format writes it: its length, then its UTF-8 bytes. */
export function encodeName(text) {
  const bytes = textEncoder.encode(text);
  return [...unsigned(bytes.length), ...bytes];
}

/** The name at `offset`: [text, offset after it]. */
function readName(bytes, offset) {
  const [length, start] = readUnsigned(bytes, offset);
  return [textDecoder.decode(bytes.subarray(start, start + length)), start + length];
}

/** The module's sections in order: `id`, and where each starts (`head`, its
 * id byte), where its contents start and where it ends. */
export function sections(bytes) {
  const found = [];
  let head = 8;
  while (head < bytes.length) {
    const [size, start] = readUnsigned(bytes, head + 1);
    found.push({ id: bytes[head], head, start, end: start + size });
    head = start + size;
  }
  return found;
}

/** The end of an import's descriptor starting at `offset` (kind byte, then
 * a function type index, a table, a memory or a global). */
function skipImportDescriptor(bytes, offset) {
  const kind = bytes[offset];
  let at = offset + 1;
  const limits = () => {
    const flags = bytes[at++];
    [, at] = readUnsigned(bytes, at);
    if (flags & 1) [, at] = readUnsigned(bytes, at);
  };
  if (kind === 0) [, at] = readUnsigned(bytes, at);
  else if (kind === 1) {
    at += 1;
    limits();
  } else if (kind === 2) limits();
  else if (kind === 3) at += 2;
  else throw new Error(`import kind ${kind}`);
  return at;
}

/**
 * The entries of an import section (id 2) or export section (id 7):
 * `name` (the field), `module` (imports only) and `rest`, the bytes after
 * the name(s) as they stand (the import's descriptor, or the export's kind
 * and index).
 */
export function entries(bytes, section) {
  if (section.id !== 2 && section.id !== 7) throw new Error(`section ${section.id} has no named entries`);
  let [count, at] = readUnsigned(bytes, section.start);
  const found = [];
  while (count--) {
    let module;
    if (section.id === 2) [module, at] = readName(bytes, at);
    let name;
    [name, at] = readName(bytes, at);
    const end = section.id === 2 ? skipImportDescriptor(bytes, at) : readUnsigned(bytes, at + 1)[1];
    found.push({ module, name, rest: bytes.subarray(at, end) });
    at = end;
  }
  if (at !== section.end) throw new Error(`section ${section.id}: ${section.end - at} bytes left over`);
  return found;
}

/** All entries of the module's import (`id` 2) or export (`id` 7) section. */
export const namedEntries = (bytes, id) =>
  sections(bytes)
    .filter((section) => section.id === id)
    .flatMap((section) => entries(bytes, section));
