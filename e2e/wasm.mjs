// Rewriting release wasm files for the crash tests, with binaryen's JS API
// (binaryen.js, the same release as the wasm-opt that builds them).
import binaryen from 'binaryen';

const { Features } = binaryen;
const WASM_OPT_DEFAULT_FEATURES =
  Features.MutableGlobals |
  Features.NontrappingFPToInt |
  Features.BulkMemory |
  Features.BulkMemoryOpt |
  Features.SignExt |
  Features.ReferenceTypes |
  Features.Multivalue |
  Features.CallIndirectOverlong;

/**
 * A copy of the wasm module `bytes` whose exported function `name` does
 * nothing but trap (`unreachable`): what a Rust panic is in a release build
 * with immediate-abort, on demand, without shipping a panic switch.
 */
export function trapIn(bytes, name) {
  const module = binaryen.readBinary(bytes);
  try {
    // The features wasm-opt's command line enables by default, which the
    // release wasm was optimised with (bulk memory, sign extension, ...).
    module.setFeatures(WASM_OPT_DEFAULT_FEATURES);
    const exported = module.getExport(name);
    if (!exported) throw new Error(`no exported function ${name}`);
    const internal = binaryen.getExportInfo(exported).value;
    const { params, results, vars } = binaryen.getFunctionInfo(module.getFunction(internal));
    module.removeFunction(internal);
    module.addFunction(internal, params, results, vars, module.unreachable());
    if (!module.validate()) throw new Error(`the module with ${name} trapping does not validate`);
    return Buffer.from(module.emitBinary());
  } finally {
    module.dispose();
  }
}
