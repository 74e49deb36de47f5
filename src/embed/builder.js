// The embed builder: turns the form into the exact snippet (SRI included) and
// mirrors it onto a real <framework-advisor> in the preview.
(() => {
  'use strict';
  // Build-time constants (esbuild `define` in scripts/build-embed.mjs, from
  // the Rust sources): the loader's SRI hash, the scenarios as [id, title]
  // pairs, every attribute the element observes.
  const INTEGRITY = BUILD.INTEGRITY;
  const PRESETS = BUILD.PRESETS;
  const OBSERVED = BUILD.OBSERVED;
  const FALLBACK =
    'Django suits full web applications (admin, accounts, rich data); FastAPI suits typed APIs, ' +
    'real-time connections and model serving.';
  const $ = (id) => document.getElementById(id);
  const form = $('options');
  const preview = document.createElement('framework-advisor');
  preview.textContent = FALLBACK;
  $('preview').append(preview);
  for (const [id, title] of PRESETS) $('preset').append(new Option(title, id));

  const escapeAttribute = (value) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function webLink(value) {
    try {
      const url = new URL(value.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  }

  /** The element's attributes, in snippet order, from the form. */
  function attributes() {
    const data = new FormData(form);
    const list = [];
    if (data.get('preset')) list.push(['preset', data.get('preset')]);
    list.push(['theme', data.get('theme')]);
    // The general call to action, then one per verdict: a link that is not
    // http(s) is left out and named below the form.
    const bad = [];
    for (const prefix of ['', 'django-', 'fastapi-', 'both-']) {
      const href = String(data.get(`${prefix}cta-href`) || '');
      const link = href ? webLink(href) : null;
      if (href && !link) bad.push(`${prefix}cta-href`);
      if (link) {
        list.push([`${prefix}cta-href`, link]);
        const label = String(data.get(`${prefix}cta-label`) || '').trim();
        if (label) list.push([`${prefix}cta-label`, label]);
      }
    }
    $('cta-problem').hidden = bad.length === 0;
    $('cta-problem-fields').textContent = bad.join(', ');
    for (const name of ['compact', 'no-scenarios']) {
      if (data.get(name)) list.push([name, '']);
    }
    if (data.get('sync-url')) list.push(['sync-url', '']);
    return list;
  }

  function scriptUrl() {
    let base = String(new FormData(form).get('base') || '').trim();
    if (base && !base.endsWith('/')) base += '/';
    return `${base}framework-advisor.js`;
  }

  function snippet(list) {
    const attrs = list
      .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
      .join(' ');
    // Made to survive editors that turn lines into paragraphs (WordPress's
    // classic editor): a blank line between the two tags, and the fallback as
    // text inside the element, not a block of its own.
    return (
      `<script src="${escapeAttribute(scriptUrl())}" defer\n` +
      `        integrity="${INTEGRITY}" crossorigin="anonymous"></script>\n\n` +
      `<framework-advisor ${attrs}>${FALLBACK}</framework-advisor>`
    );
  }

  function update() {
    const list = attributes();
    $('snippet').textContent = snippet(list);
    const wanted = new Map(list);
    // sync-url is left off: the preview never writes to this page's URL.
    for (const name of OBSERVED.filter((name) => name !== 'sync-url')) {
      if (wanted.has(name)) {
        if (preview.getAttribute(name) !== wanted.get(name)) preview.setAttribute(name, wanted.get(name));
      } else if (preview.hasAttribute(name)) {
        preview.removeAttribute(name);
      }
    }
  }

  $('copy').addEventListener('click', async () => {
    const status = $('copy-status');
    try {
      await navigator.clipboard.writeText($('snippet').textContent);
      status.textContent = 'Snippet copied.';
    } catch {
      status.textContent = 'Copying was blocked: select the snippet above and copy it.';
    }
  });
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
})();
