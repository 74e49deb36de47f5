// Article page's trap handler; Trunk inlines it, message filled in: docs/toolchain.md
(() => {
  'use strict';
  const MESSAGE = '@CRASH_MESSAGE@';

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
