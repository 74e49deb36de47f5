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
  { name: 'verdict', type: 'AdvisorVerdict | null', summary: 'The current verdict: "django", "fastapi", "both" or "none"; up to date right after a write.' },
  { name: 'clarity', type: 'number | null', summary: 'How clear the answer is, 0–100.' },
  { name: 'firm', type: 'boolean | null', summary: 'True when the answer is firm rather than a lean.' },
  { name: 'score', type: 'number | null', summary: 'Lean from -1 (Django) to 1 (FastAPI).' },
];

/** Read-write properties that are not plain attribute mirrors. */
export const LIVE_PROPERTIES = [
  { name: 'requirements', getType: 'AdvisorRequirements', setType: 'AdvisorRequirements | string', summary: 'The live selection as { id: level }. Setting it (an object, or the attribute’s text form) replaces the reader’s selection; it is not reflected to the attribute, which stays the starting point. Values set before the script loads apply when it starts.' },
];

/** Methods: name, parameters (TypeScript), return type, summary. */
export const METHODS = [
  { name: 'setRequirements', parameters: 'value: AdvisorRequirements | string', returns: 'void', summary: 'Replaces the reader’s selection (same as setting `requirements`).' },
  { name: 'reset', parameters: '', returns: 'void', summary: 'Back to the starting state: what the `preset` and `requirements` attributes describe (changed in 2.0: it used to switch everything off, which `clear()` does now).' },
  { name: 'clear', parameters: '', returns: 'void', summary: 'Switches every requirement off, like the Reset button.' },
];

/** Events: name, detail type (TypeScript), summary. All bubble and cross the shadow root. */
export const EVENTS = [
  { name: 'advisor-ready', detail: 'AdvisorState', summary: 'The widget has started; `detail` is its first state. Once per start.' },
  { name: 'advisor-change', detail: 'AdvisorState', summary: 'The reader (or a property/method call) changed the selection.' },
  { name: 'advisor-cta-click', detail: '{ href: string; label: string; verdict?: AdvisorVerdict; requirements?: AdvisorRequirements }', summary: 'The reader followed the call-to-action link shown for the current verdict; `href` is the link followed (with the project, under `cta-project`).' },
  { name: 'advisor-error', detail: '{ reason: AdvisorErrorReason; message: string }', summary: 'The widget could not start, or stopped (`crashed`); the element’s own children stay visible.' },
];

/** Why `advisor-error` fired. */
export const ERROR_REASONS = [
  { reason: 'unsupported', summary: 'The browser has no WebAssembly (or it is disabled).' },
  { reason: 'network', summary: 'The wasm file could not be fetched (offline, 404, CORS).' },
  { reason: 'integrity', summary: 'The wasm file does not match the hash in the script (tampered or mixed versions).' },
  { reason: 'blocked', summary: 'A Content-Security-Policy without \'wasm-unsafe-eval\' refused to compile it.' },
  { reason: 'startup', summary: 'Compiling or starting the wasm failed for another reason.' },
  { reason: 'crashed', summary: 'The running widget hit an internal error; every widget on the page shows a reload message.' },
];

/** Shadow parts, for `framework-advisor::part(name)`. */
export const PARTS = [
  { name: 'toggle', summary: 'Each requirement’s label (its switch follows it).' },
  { name: 'result', summary: 'The answer card: the verdict, why, what would change it, the copy actions.' },
  { name: 'plan', summary: 'The plan after the form: the stack, the first steps, the risks.' },
  { name: 'reasons', summary: 'The list of reasons.' },
  { name: 'cta', summary: 'The call-to-action link.' },
];

/** Design tokens: CSS custom properties read from the element or an ancestor. */
export const CSS_PROPERTIES = [
  { name: '--advisor-font', summary: 'Font stack.' },
  { name: '--advisor-radius', summary: 'Corner radius.' },
  { name: '--advisor-space', summary: 'Base spacing unit.' },
  { name: '--advisor-bg', summary: 'Background.' },
  { name: '--advisor-surface', summary: 'Raised surfaces (switched-on rows, panels).' },
  { name: '--advisor-text', summary: 'Text colour.' },
  { name: '--advisor-muted', summary: 'Secondary text.' },
  { name: '--advisor-border', summary: 'Borders.' },
  { name: '--advisor-control', summary: 'Switch track when off.' },
  { name: '--advisor-accent', summary: 'Accent (buttons, switches when on).' },
  { name: '--advisor-on-accent', summary: 'Text on the accent colour.' },
  { name: '--advisor-focus', summary: 'Focus ring.' },
  { name: '--advisor-django', summary: 'Django’s colour.' },
  { name: '--advisor-fastapi', summary: 'FastAPI’s colour.' },
  { name: '--advisor-both', summary: '“Use both” colour.' },
];

/** Slots. */
export const SLOTS = [
  { name: '', summary: 'Fallback content: shown until the widget starts, and if it cannot.' },
];
