// Trap handler of the article page, inlined by Trunk; see "Toolchain" in the README.
(() => {
  'use strict';
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
