// What the loader does when the wasm traps. Release builds trap at once on a
// Rust panic, with no message. Every call into the wasm goes through
// `guardExports` (the release build points the glue's
// `wasm = instance.exports` at it), which turns a trap into the reload
// message in every widget and one `advisor-error` each. The instance cannot
// be trusted after a trap, so nothing calls into it again.

/** The reload message (CRASH_MESSAGE in src/embed/crash.rs). */
export const CRASH_MESSAGE = BUILD.CRASH_MESSAGE;
/** The widgets that run, to show the message in when the wasm traps. */
export const mounted = new Set();
/** Whether the wasm trapped (then it is never called again). */
export let crashed = false;

/** Fires `advisor-error` on `element` (it bubbles out of the shadow root). */
export function reportError(element, reason, message) {
  element.dispatchEvent(
    new CustomEvent('advisor-error', { bubbles: true, composed: true, detail: { reason, message } }),
  );
}

function crash(error) {
  if (crashed) return;
  crashed = true;
  console.error('<framework-advisor>: stopped after an internal error; reload the page.', error);
  for (const element of mounted) {
    element._widget = null;
    // A debug build's panic hook may have shown the message already.
    if (element.shadowRoot.querySelector('.fa-crashed')) continue;
    const message = document.createElement('p');
    message.className = 'fa-crashed';
    message.setAttribute('role', 'alert');
    message.textContent = CRASH_MESSAGE;
    element.shadowRoot.replaceChildren(message, document.createElement('slot'));
    reportError(element, 'crashed', CRASH_MESSAGE);
  }
  mounted.clear();
}

/** `exports` (the wasm instance's) with every function wrapped so that a
 * trap inside it ends in `crash`. */
export function guardExports(exports) {
  const guarded = {};
  for (const [name, value] of Object.entries(exports)) {
    guarded[name] =
      typeof value !== 'function'
        ? value
        : function (...args) {
            try {
              return value.apply(this, args);
            } catch (error) {
              if (error instanceof WebAssembly.RuntimeError) crash(error);
              throw error;
            }
          };
  }
  return guarded;
}
