// The article page's answer to a crash of its release wasm. That build stops
// at once on a Rust panic (`-Cpanic=immediate-abort`): no panic hook runs,
// the wasm traps and a WebAssembly.RuntimeError reaches the page, from an
// event handler, a scheduled render or the start-up. This replaces the
// widget with the reload message and logs one console line; the rest of the
// article stays as it is. (Debug builds show the message from the Rust panic
// hook first; then this does nothing.) The embed's loader does the same for
// <framework-advisor> elements.
(() => {
  'use strict';
  // CRASH_MESSAGE in src/embed/crash.rs (a native test keeps them equal).
  const MESSAGE = 'Something went wrong in the Framework Advisor. Reload the page to try again.';

  function crashed(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    const root = document.getElementById('advisor');
    if (!root || root.querySelector('.fa-crashed')) return;
    console.error('Framework Advisor: stopped after an internal error; reload the page.', error);
    const message = document.createElement('p');
    message.className = 'fa-crashed';
    message.setAttribute('role', 'alert');
    message.textContent = MESSAGE;
    root.replaceChildren(message);
  }

  addEventListener('error', (event) => crashed(event.error));
  addEventListener('unhandledrejection', (event) => crashed(event.reason));
})();
