// A typed consumer of the package: `tsc -p e2e/types` must accept every line,
// and each `@ts-expect-error` must still be an error, so the declarations
// can neither lose a member nor become so loose that anything passes.
import 'framework-advisor';
import type {
  AdvisorErrorReason,
  AdvisorRequirements,
  AdvisorState,
  AdvisorVerdict,
  FrameworkAdvisorElement,
} from 'framework-advisor';

const element = document.createElement('framework-advisor');
const same: FrameworkAdvisorElement = element;
const found: FrameworkAdvisorElement | null = document.querySelector('framework-advisor');

// Attribute properties.
element.preset = 'ml-service';
element.theme = 'dark';
element.syncUrl = '';
element.ctaHref = 'https://example.com';
element.djangoCtaLabel = 'Talk to our Django team';
element.compact = true;
element.noScenarios = false;
// @ts-expect-error flags are booleans
element.compact = 'yes';

// Live state.
const verdict: AdvisorVerdict | null = element.verdict;
const clarity: number | null = element.clarity;
const requirements: AdvisorRequirements = element.requirements;
element.requirements = { admin: 'must', orm: 'important' };
element.requirements = 'admin!,orm';
element.setRequirements({ ml: 'nice' });
element.reset();
// @ts-expect-error verdict is read-only
element.verdict = 'django';
// @ts-expect-error levels are nice, important or must
element.setRequirements({ admin: 'essential' });

// Events, on the element and on document.
element.addEventListener('advisor-change', (event) => {
  const state: AdvisorState = event.detail;
  const kind: AdvisorVerdict = state.verdict;
  const parts: string[] | undefined = state.split?.django;
  console.log(kind, state.clarity, state.requirements, parts);
});
document.addEventListener('advisor-error', (event) => {
  const reason: AdvisorErrorReason = event.detail.reason;
  console.log(reason, event.detail.message);
});
document.addEventListener('advisor-cta-click', (event) => {
  console.log(event.detail.href, event.detail.verdict);
});
element.addEventListener('advisor-ready', (event) => {
  // @ts-expect-error there is no such field
  console.log(event.detail.winner);
});

console.log(same, found, verdict, clarity, requirements);
