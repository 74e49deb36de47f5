// The element's public API beyond its attributes, written once. The
// attributes come from src/embed/attributes.rs (via tools/src/bin/vocabulary.rs);
// scripts/element-api.mjs turns both into custom-elements.json and
// framework-advisor.d.ts, and e2e/api.spec.mjs checks a live element against
// this description, so documentation, types and code cannot drift apart.

/** The `detail` of `advisor-ready` and `advisor-change`, as a TypeScript type. */
export const STATE_TYPE = `{
  /** The verdict's machine name. */
  verdict: AdvisorVerdict;
  /** How clear the answer is, 0–100. */
  clarity: number;
  /** True once the answer is firm rather than a lean. */
  firm: boolean;
  /** Lean from -1 (Django) to 1 (FastAPI). */
  score: number;
  /** Same as \`clarity\` (kept from the first release). */
  confidence: number;
  /** The requirements switched on, by id. */
  requirements: AdvisorRequirements;
  /** For "use both": which requirements each part serves. */
  split?: { django: string[]; fastapi: string[] };
  /** The PyPI names of the packages the starter stack installs (empty while there is no stack). */
  stack: string[];
}`;

/** Read-only properties (null until the widget has started). They read
 * consistently right after a write: after setting `requirements`, calling a
 * method or changing an attribute, they already describe the new selection. */
export const STATE_PROPERTIES = [
  ['verdict', 'AdvisorVerdict | null', 'The current verdict: "django", "fastapi", "both" or "none"; up to date right after a write.'],
  ['clarity', 'number | null', 'How clear the answer is, 0–100.'],
  ['firm', 'boolean | null', 'True when the answer is firm rather than a lean.'],
  ['score', 'number | null', 'Lean from -1 (Django) to 1 (FastAPI).'],
];

/** Read-write properties that are not plain attribute mirrors. */
export const LIVE_PROPERTIES = [
  [
    'requirements',
    'AdvisorRequirements',
    'AdvisorRequirements | string',
    'The live selection as { id: level }. Setting it (an object, or the attribute’s text form) replaces the reader’s selection; it is not reflected to the attribute, which stays the starting point. Values set before the script loads apply when it starts.',
  ],
];

/** Methods: name, parameters (TypeScript), return type, summary. */
export const METHODS = [
  ['setRequirements', 'value: AdvisorRequirements | string', 'void', 'Replaces the reader’s selection (same as setting `requirements`).'],
  ['reset', '', 'void', 'Back to the starting state: what the `preset` and `requirements` attributes describe (changed in 2.0: it used to switch everything off, which `clear()` does now).'],
  ['clear', '', 'void', 'Switches every requirement off, like the Reset button.'],
];

/** Events: name, detail type (TypeScript), summary. All bubble and cross the shadow root. */
export const EVENTS = [
  ['advisor-ready', 'AdvisorState', 'The widget has started; `detail` is its first state. Once per start.'],
  ['advisor-change', 'AdvisorState', 'The reader (or a property/method call) changed the selection.'],
  [
    'advisor-cta-click',
    '{ href: string; label: string; verdict?: AdvisorVerdict; requirements?: AdvisorRequirements }',
    'The reader followed the call-to-action link shown for the current verdict; `href` is the link followed (with the project, under `cta-project`).',
  ],
  [
    'advisor-error',
    '{ reason: AdvisorErrorReason; message: string }',
    'The widget could not start, or stopped (`crashed`); the element’s own children stay visible.',
  ],
];

/** Why `advisor-error` fired. */
export const ERROR_REASONS = [
  ['unsupported', 'The browser has no WebAssembly (or it is disabled).'],
  ['network', 'The wasm file could not be fetched (offline, 404, CORS).'],
  ['integrity', 'The wasm file does not match the hash in the script (tampered or mixed versions).'],
  ['blocked', 'A Content-Security-Policy without \'wasm-unsafe-eval\' refused to compile it.'],
  ['startup', 'Compiling or starting the wasm failed for another reason.'],
  ['crashed', 'The running widget hit an internal error; every widget on the page shows a reload message.'],
];

/** Shadow parts, for `framework-advisor::part(name)`. */
export const PARTS = [
  ['toggle', 'Each requirement’s switch and label.'],
  ['result', 'The recommendation panel.'],
  ['meter', 'The Django ↔ FastAPI clarity track.'],
  ['reasons', 'The list of reasons.'],
  ['cta', 'The call-to-action link.'],
];

/** Design tokens: CSS custom properties read from the element or an ancestor. */
export const CSS_PROPERTIES = [
  ['--advisor-font', 'Font stack.'],
  ['--advisor-radius', 'Corner radius.'],
  ['--advisor-space', 'Base spacing unit.'],
  ['--advisor-bg', 'Background.'],
  ['--advisor-surface', 'Raised surfaces (switched-on rows, panels).'],
  ['--advisor-text', 'Text colour.'],
  ['--advisor-muted', 'Secondary text.'],
  ['--advisor-border', 'Borders.'],
  ['--advisor-control', 'Switch track when off.'],
  ['--advisor-accent', 'Accent (buttons, switches when on).'],
  ['--advisor-on-accent', 'Text on the accent colour.'],
  ['--advisor-focus', 'Focus ring.'],
  ['--advisor-django', 'Django’s colour.'],
  ['--advisor-fastapi', 'FastAPI’s colour.'],
  ['--advisor-both', '“Use both” colour.'],
];

/** Slots. */
export const SLOTS = [['', 'Fallback content: shown until the widget starts, and if it cannot.']];
