// Shortens the names the wasm and its wasm-bindgen glue use for each other.
// wasm-bindgen names every import after the JS it calls plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`) and its closure trampolines
// after their full Rust types; each name is written twice (the wasm's import
// or export section and the glue), and the hashes do not compress. Renaming
// them to `$0`, `$1`, … in both places changes no behaviour: the names are
// only the contract between these two files, which always ship together.
// Exports the loader or a person might look for (`memory`, `mount`,
// `widget_*`, `__wbindgen_*`) keep their names.

import { encodeName, entries, namedEntries, sections, unsigned } from './wasm-binary.mjs';

/** The short name number `index`: `$0` … `$9`, `$a` …, base 36. */
const shortName = (index) => `$${index.toString(36)}`;

/** Whether an export keeps its name: all but wasm-bindgen's closure
 * trampolines (`wasm_bindgen_<crate hash>___convert__closures…`), so the
 * loader's entry points, the crash test's `widget_refresh` and the glue's
 * fixed helpers stay readable. */
const keepsExportName = (exportName) => !exportName.startsWith('wasm_bindgen_');

/** Rewrites the names in the import section (id 2) and export section
 * (id 7) of `wasm` through `rename` (old name → new, or undefined to keep
 * it); other sections are copied byte for byte. */
function renameInWasm(wasm, rename) {
  const parts = [wasm.subarray(0, 8)];
  for (const section of sections(wasm)) {
    if (section.id !== 2 && section.id !== 7) {
      parts.push(wasm.subarray(section.head, section.end));
      continue;
    }
    const found = entries(wasm, section);
    const body = [...unsigned(found.length)];
    for (const { module, name, rest } of found) {
      if (module !== undefined) body.push(...encodeName(module));
      body.push(...encodeName(rename(name) ?? name), ...rest);
    }
    parts.push(Uint8Array.from([section.id, ...unsigned(body.length), ...body]));
  }
  return Buffer.concat(parts);
}

/** `wasm` (bytes) and `glue` (wasm-bindgen's JS) with the generated import
 * and export names replaced by short ones in both, and `renames` (old name →
 * new, for tests that look for an entry point). Each old name must occur in
 * the glue as a whole identifier, or the build stops. */
export function shortenNames(wasm, glue) {
  const imports = namedEntries(wasm, 2).map((entry) => entry.name);
  const exports = namedEntries(wasm, 7).map((entry) => entry.name);
  const renamed = [...new Set(imports), ...exports.filter((field) => !keepsExportName(field))];
  const renames = new Map(renamed.map((field, index) => [field, shortName(index)]));
  let text = glue;
  for (const [field, short] of renames) {
    const whole = new RegExp(`(?<![\\w$])${field.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    if (!whole.test(text)) throw new Error(`glue does not mention ${field}`);
    text = text.replace(whole, () => short);
  }
  return { wasm: renameInWasm(wasm, (field) => renames.get(field)), glue: text, renames: Object.fromEntries(renames) };
}
