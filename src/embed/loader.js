// <framework-advisor> loader: defines the custom element and runs every
// instance on one shared wasm instance. Hand-written, no bundler. The release
// build (scripts/build-embed.mjs) splices in wasm-bindgen's no-modules glue,
// the stylesheet and the wasm reference, all inside this one closure, so the
// only global effect is the element registration. Works as a classic script
// (with or without defer/async) and as type="module".
(() => {
  'use strict';
  const TAG = 'framework-advisor';
  // Included twice, or in a browser without custom elements: nothing to do.
  if (!('customElements' in window) || customElements.get(TAG)) return;

  /*@GLUE@*/

  const CSS = '@CSS@';
  // The wasm file next to this script, or the wasm itself as hex (offline
  // build: hex compresses 18% better than base64 under brotli).
  const WASM_FILE = '@WASM_FILE@';
  const WASM_HEX = '@WASM_HEX@';
  // Attributes whose changes are applied live: `OBSERVED` in
  // src/embed/attributes.rs, filled in by the release build.
  const OBSERVED = '@OBSERVED@';

  // Module scripts have no currentScript: find this script by its name instead.
  const scriptUrl =
    (document.currentScript && document.currentScript.src) ||
    (Array.from(document.scripts).find((s) => /framework-advisor[^/]*\.js([?#]|$)/.test(s.src)) || {}).src ||
    document.baseURI;

  let ready = null;
  function start() {
    if (!ready) {
      ready = WASM_HEX
        ? Promise.resolve().then(() => {
            const bytes = new Uint8Array(WASM_HEX.length / 2);
            for (let i = 0; i < bytes.length; i++) {
              bytes[i] = parseInt(WASM_HEX.substring(2 * i, 2 * i + 2), 16);
            }
            wasm_bindgen.initSync({ module: bytes });
          })
        : wasm_bindgen({ module_or_path: new URL(WASM_FILE, scriptUrl) });
    }
    return ready;
  }

  let sheet = null;
  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
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

  class FrameworkAdvisorElement extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
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
          this._widget = wasm_bindgen.mount(mountPoint, this);
        },
        (error) => {
          this._starting = null;
          showFallback(root, false);
          console.error('<framework-advisor>: could not start; showing the fallback content.', error);
        },
      );
    }

    disconnectedCallback() {
      // A move (disconnect then connect in one task) keeps the widget.
      queueMicrotask(() => {
        if (this.isConnected || !this._widget) return;
        this._widget.unmount();
        this._widget = null;
        showFallback(this.shadowRoot, false);
      });
    }

    attributeChangedCallback() {
      if (this._widget) this._widget.refresh();
    }
  }

  customElements.define(TAG, FrameworkAdvisorElement);
})();
