// Shortens the names the wasm and its wasm-bindgen glue use for each other.
// wasm-bindgen names every import after the JS it calls plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`) and its closure trampolines
// after their full Rust types; each name is written twice (the wasm's import
// or export section and the glue), and the hashes do not compress. Renaming
// them to `$0`, `$1`, … in both places changes no behaviour: the names are
// only the contract between these two files, which always ship together.
// Exports the loader or a person might look for (`memory`, `mount`,
// `widget_*`, `__wbindgen_*`) keep their names.

import { readUnsigned, unsigned } from './leb128.mjs';

const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

/** A wasm name: its length, then its UTF-8 bytes. */
function name(text) {
  const bytes = textEncoder.encode(text);
  return [...unsigned(bytes.length), ...bytes];
}

/** Reads a name at `offset`: [text, offset after it]. */
function readName(bytes, offset) {
  const [length, start] = readUnsigned(bytes, offset);
  return [textDecoder.decode(bytes.subarray(start, start + length)), start + length];
}

/** The short name number `index`: `$0` … `$9`, `$a` …, base 36. */
const shortName = (index) => `$${index.toString(36)}`;

/** Whether an export keeps its name: all but wasm-bindgen's closure
 * trampolines (`wasm_bindgen_<crate hash>___convert__closures…`), so the
 * loader's entry points, the crash test's `widget_refresh` and the glue's
 * fixed helpers stay readable. */
const keepsExportName = (exportName) => !exportName.startsWith('wasm_bindgen_');

/** Rewrites the import section (section id 2) and export section (id 7) of
 * `wasm` with the names in `renames` (old → new); other sections are copied
 * byte for byte. Every import is a function import (wasm-bindgen's output). */
function renameInWasm(wasm, importRenames, exportRenames) {
  const parts = [wasm.subarray(0, 8)];
  let offset = 8;
  while (offset < wasm.length) {
    const id = wasm[offset];
    const [size, start] = readUnsigned(wasm, offset + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      parts.push(wasm.subarray(offset, end));
      offset = end;
      continue;
    }
    let [count, at] = readUnsigned(wasm, start);
    const body = [...unsigned(count)];
    for (let entry = 0; entry < count; entry++) {
      if (id === 2) {
        const [module, afterModule] = readName(wasm, at);
        const [field, afterField] = readName(wasm, afterModule);
        const descriptorEnd = skipImportDescriptor(wasm, afterField);
        body.push(...name(module), ...name(importRenames.get(field) ?? field));
        body.push(...wasm.subarray(afterField, descriptorEnd));
        at = descriptorEnd;
      } else {
        const [field, afterField] = readName(wasm, at);
        const [, afterIndex] = readUnsigned(wasm, afterField + 1);
        body.push(...name(exportRenames.get(field) ?? field), ...wasm.subarray(afterField, afterIndex));
        at = afterIndex;
      }
    }
    if (at !== end) throw new Error(`section ${id}: ${end - at} bytes left over`);
    parts.push(Uint8Array.from([id, ...unsigned(body.length), ...body]));
    offset = end;
  }
  const out = Buffer.alloc(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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

/** The names in the import and export sections of `wasm`. */
function sectionNames(wasm) {
  const imports = [];
  const exports = [];
  let offset = 8;
  while (offset < wasm.length) {
    const id = wasm[offset];
    const [size, start] = readUnsigned(wasm, offset + 1);
    if (id === 2 || id === 7) {
      let [count, at] = readUnsigned(wasm, start);
      for (let entry = 0; entry < count; entry++) {
        if (id === 2) {
          const [, afterModule] = readName(wasm, at);
          const [field, afterField] = readName(wasm, afterModule);
          imports.push(field);
          at = skipImportDescriptor(wasm, afterField);
        } else {
          const [field, afterField] = readName(wasm, at);
          exports.push(field);
          [, at] = readUnsigned(wasm, afterField + 1);
        }
      }
    }
    offset = start + size;
  }
  return { imports, exports };
}

/** `wasm` (bytes) and `glue` (wasm-bindgen's JS) with the generated import
 * and export names replaced by short ones in both, and `renames` (old name →
 * new, for tests that look for an entry point). Each old name must occur in
 * the glue as a whole identifier, or the build stops. */
export function shortenNames(wasm, glue) {
  const { imports, exports } = sectionNames(wasm);
  const renamed = [...new Set(imports), ...exports.filter((field) => !keepsExportName(field))];
  const renames = new Map(renamed.map((field, index) => [field, shortName(index)]));
  let text = glue;
  for (const [field, short] of renames) {
    const whole = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    if (!whole.test(text)) throw new Error(`glue does not mention ${field}`);
    text = text.replace(whole, () => short);
  }
  const importRenames = new Map(imports.map((field) => [field, renames.get(field)]));
  const exportRenames = new Map(exports.filter((field) => renames.has(field)).map((field) => [field, renames.get(field)]));
  return { wasm: renameInWasm(wasm, importRenames, exportRenames), glue: text, renames: Object.fromEntries(renames) };
}
