// <framework-advisor> loader: defines the custom element and runs every
// instance on one shared wasm instance. Hand-written; the release build
// (scripts/build-embed.mjs) bundles it with esbuild, together with
// loader-crash.js and wasm-bindgen's no-modules glue, into one closure (the
// classic script: the only global effect is the element registration) or an
// ES module (the npm package), and fills in the `BUILD` constants below.
// Works as a classic script (with or without defer/async) and as
// type="module".
//
// Build-time constants (esbuild `define`, one value per build):
//   BUILD.CSS          the minified stylesheet
//   BUILD.ATTRIBUTES   every attribute as [name, kind] ('text' or 'flag'),
//                      `ATTRIBUTES` in src/embed/attributes.rs; all are
//                      observed (applied live) and mirrored by a property
//   BUILD.LEVELS       importance level id → suffix in the compact text form
//   BUILD.MODULE       true in the ES module (it has import.meta.url)
//   BUILD.WASM_FILE / WASM_PATH, WASM_SHA384, WASM_INLINE, WASM_BYTES,
//   WASM_BYTE_SHIFT    where the wasm is and how it is checked (below)
// A literal true or false lets the minifier drop the path a build does not
// take (fetching, or decoding inline bytes).
import wasm_bindgen from 'wasm-bindgen-glue';
import { CRASH_MESSAGE, crashed, mounted, reportError } from './loader-crash.js';

(() => {
  'use strict';
  const TAG = 'framework-advisor';
  // Imported during server-side rendering (no window), included twice, or in
  // a browser without custom elements: nothing to do.
  if (typeof window === 'undefined' || !('customElements' in window) || customElements.get(TAG)) return;

  // The wasm file next to this script (BUILD.WASM_FILE), or the wasm itself
  // (offline build, BUILD.WASM_INLINE) as a string with one character per
  // byte, each byte shifted up by BUILD.WASM_BYTE_SHIFT (mod 256): under
  // brotli 3% smaller than hex and 20% smaller than base64. BUILD.WASM_SHA384
  // is the file's SHA-384 (base64), checked before it is instantiated.
  // (esbuild writes a string constant out at each use, so it is named once.)
  const WASM_SHA384 = BUILD.WASM_SHA384;

  // Module scripts have no currentScript: find this script by its name instead.
  const scriptUrl =
    (BUILD.MODULE && import.meta.url) ||
    (document.currentScript && document.currentScript.src) ||
    (Array.from(document.scripts).find((s) => /framework-advisor[^/]*\.m?js([?#]|$)/.test(s.src)) || {}).src ||
    document.baseURI;

  /** An error that says why the widget could not start (`advisor-error`'s reason). */
  const failure = (reason, cause) =>
    Object.assign(new Error(String((cause && cause.message) || cause)), { reason });

  const base64 = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)));

  async function fetchWasm() {
    // The ES module names its wasm in the form bundlers recognise and copy.
    const url = BUILD.MODULE
      ? new URL(BUILD.WASM_PATH, import.meta.url)
      : new URL(BUILD.WASM_FILE, scriptUrl);
    // Where Web Crypto exists (https, localhost) the hash is checked here, so
    // a mismatch is reported as such; elsewhere fetch() enforces it.
    const verify = !!(self.crypto && crypto.subtle);
    let response;
    try {
      response = await fetch(url, verify ? {} : { integrity: `sha384-${WASM_SHA384}` });
    } catch (error) {
      throw failure('network', error);
    }
    if (!response.ok) throw failure('network', `HTTP ${response.status} for ${url}`);
    // Compile while the bytes arrive, and hash a copy of them alongside; a
    // file that fails the hash is reported as such even if it also fails
    // to compile, and is never instantiated.
    const bytes = response.clone().arrayBuffer();
    bytes.catch(() => {}); // its failure surfaces where it is awaited, if at all
    const digest = verify && bytes.then((b) => crypto.subtle.digest('SHA-384', b));
    let module;
    let compileError;
    try {
      module = await WebAssembly.compileStreaming(response).catch(async (error) => {
        // Served without the application/wasm type: compile the bytes instead.
        if (error instanceof TypeError) return WebAssembly.compile(await bytes);
        throw error;
      });
    } catch (error) {
      compileError = error;
    }
    if (verify && base64(await digest) !== WASM_SHA384) {
      throw failure('integrity', `${url} does not match the hash this script expects`);
    }
    if (compileError) throw compileError;
    return module;
  }

  let ready = null;
  function start() {
    if (crashed) return Promise.reject(failure('crashed', CRASH_MESSAGE));
    if (!ready) {
      ready = (async () => {
        if (typeof WebAssembly !== 'object') throw failure('unsupported', 'WebAssembly is not available');
        try {
          let module;
          if (BUILD.WASM_INLINE) {
            const bytes = BUILD.WASM_BYTES;
            module = new Uint8Array(bytes.length);
            for (let i = 0; i < module.length; i++) module[i] = bytes.charCodeAt(i) - BUILD.WASM_BYTE_SHIFT;
          } else {
            module = await fetchWasm();
          }
          await wasm_bindgen({ module_or_path: module });
        } catch (error) {
          if (error.reason) throw error;
          // A Content-Security-Policy without 'wasm-unsafe-eval' refuses to compile.
          throw failure(/unsafe-eval|Content.Security/i.test(error.message) ? 'blocked' : 'startup', error);
        }
      })();
    }
    return ready;
  }

  let sheet = null;
  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(BUILD.CSS);
    }
    return sheet;
  }

  // The host's own content, shown until the widget starts and kept if it
  // cannot (no wasm, no network). While the widget is still starting, the
  // fallback sits in a box one screen tall, so the page below does not jump
  // when the (taller) widget replaces it.
  function showFallback(root, starting) {
    const slot = document.createElement('slot');
    if (!starting) return root.replaceChildren(slot);
    const pending = document.createElement('div');
    pending.className = 'fa-pending';
    pending.append(slot);
    root.replaceChildren(pending);
  }

  // A CMS that wraps lines in paragraphs (WordPress's classic editor) can cut
  // the fallback out of the element: `<p><framework-advisor …></p> <p>fallback
  // </p> <p></framework-advisor></p>` parses as an empty element ending its
  // paragraph, the fallback in the paragraphs after it, and an empty
  // paragraph where the end tag stood. Those paragraphs are the element's
  // own content, hidden once the widget runs; anything else is left alone.
  function hideSplitFallback(element) {
    const paragraph = element.parentElement;
    if (element.firstChild || element.nextSibling || !paragraph || paragraph.localName !== 'p') return;
    const split = [];
    for (let next = paragraph.nextElementSibling; next && split.length < 8; next = next.nextElementSibling) {
      if (next.localName === 'p' && !next.textContent.trim() && !next.firstElementChild) {
        for (const stray of split) stray.style.setProperty('display', 'none', 'important');
        return;
      }
      split.push(next);
    }
  }

  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  const flagOn = (value) => value !== null && value.trim().toLowerCase() !== 'false';
  // Read-only state, from the widget's latest `advisor-ready`/`-change` detail.
  const STATE = ['verdict', 'clarity', 'firm', 'score'];
  const PROPERTIES = BUILD.ATTRIBUTES.map(([name]) => camel(name)).concat(STATE);

  class FrameworkAdvisorElement extends HTMLElement {
    static get observedAttributes() {
      return BUILD.ATTRIBUTES.map(([name]) => name);
    }

    /** The live selection as { id: 'nice' | 'important' | 'must' }; set it
     * (an object, or the attribute's text form) to replace the selection. */
    get requirements() {
      const state = this._call('state');
      return state ? state.requirements : {};
    }

    set requirements(value) {
      this.setRequirements(value);
    }

    /** Replaces the reader's selection (see `requirements`). */
    setRequirements(value) {
      if (typeof value !== 'string' && (value === null || typeof value !== 'object')) {
        throw new TypeError('requirements must be an object or a string');
      }
      // The object form becomes the attribute's text form; an unknown level
      // makes an entry the widget skips and names in its console warning.
      const text =
        typeof value === 'string'
          ? value
          : Object.entries(value)
              .filter(([, level]) => level !== 'off')
              .map(([id, level]) => id + (Object.hasOwn(BUILD.LEVELS, level) ? BUILD.LEVELS[level] : `=${level}`))
              .join(',');
      if (this._widget) return this._call('setRequirements', text);
      // Not running: kept for the start, replacing an earlier reset().
      this._pending = text;
      this._resetOnMount = false;
    }

    /** Back to the starting state: what the `preset` and `requirements`
     * attributes describe. */
    reset() {
      if (this._widget) return this._call('reset');
      // Not running: start from the attributes when it next does.
      this._pending = undefined;
      this._resetOnMount = true;
    }

    /** Switches every requirement off, like the Reset button. */
    clear() {
      this.setRequirements('');
    }

    connectedCallback() {
      // Properties set before this script upgraded the element were stored on
      // the instance; re-set them through the accessors.
      for (const name of PROPERTIES) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          if (!STATE.includes(name)) this[name] = value;
        }
      }
      if (this._widget || this._starting) return;
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [styles()];
      showFallback(root, true);
      this._starting = start().then(
        () => {
          this._starting = null;
          if (!this.isConnected || this._widget) return;
          const mountPoint = document.createElement('div');
          root.replaceChildren(mountPoint);
          // A selection set while it was not running, else the state it was
          // detached with (theme pick and open disclosures too).
          this._widget = wasm_bindgen.mount(mountPoint, this, this._pending, this._resumed);
          this._pending = this._resumed = undefined;
          hideSplitFallback(this);
          mounted.add(this);
          if (this._resetOnMount) {
            this._resetOnMount = false;
            this._call('reset');
          }
        },
        (error) => {
          this._starting = null;
          showFallback(root, false);
          console.error('<framework-advisor>: could not start; showing the fallback content.', error);
          reportError(this, error.reason || 'startup', error.message);
        },
      );
    }

    disconnectedCallback() {
      // A move (disconnect then connect in one task) keeps the widget. A
      // longer absence releases it; the element keeps only the text that
      // brings it back as it was (tabs, carousels, keep-alive routers).
      queueMicrotask(() => {
        if (this.isConnected || !this._widget) return;
        mounted.delete(this);
        this._resumed = this._call('unmount');
        this._widget = null;
        this._resetOnMount = false;
        showFallback(this.shadowRoot, false);
      });
    }

    attributeChangedCallback(name, old, value) {
      // Not running: attributes that describe a new start replace a selection
      // set through the property meanwhile (the latest write wins; a running
      // widget and one coming back from a detach do the same).
      if (!this._widget && old !== value && (name === 'requirements' || name === 'preset')) {
        this._pending = undefined;
      }
      this._call('refresh');
    }

    /** Calls the widget, if it runs; a crash is reported by `crash`, not
     * thrown into the host page's code (a setAttribute call, say). */
    _call(method, ...args) {
      if (!this._widget) return undefined;
      try {
        return this._widget[method](...args);
      } catch (error) {
        if (!crashed) throw error;
        return undefined;
      }
    }
  }

  for (const [name, kind] of BUILD.ATTRIBUTES) {
    if (name === 'requirements') continue;
    Object.defineProperty(FrameworkAdvisorElement.prototype, camel(name), {
      configurable: true,
      enumerable: true,
      get: kind === 'flag' ? function () { return flagOn(this.getAttribute(name)); } : function () { return this.getAttribute(name); },
      set:
        kind === 'flag'
          ? function (value) { this.toggleAttribute(name, !!value); }
          : function (value) { if (value == null) this.removeAttribute(name); else this.setAttribute(name, String(value)); },
    });
  }
  for (const key of STATE) {
    Object.defineProperty(FrameworkAdvisorElement.prototype, key, {
      configurable: true,
      enumerable: true,
      get() {
        const state = this._call('state');
        return state ? state[key] : null;
      },
    });
  }

  customElements.define(TAG, FrameworkAdvisorElement);
})();
