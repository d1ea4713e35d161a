/**
 * The schema of every file in seeds/compact/, written once: the app validates with it and
 * seeds/schema.json is generated from it (`npm run seeds:schema`).
 */
import { array, boolean, integer, literal, number, object, oneOf, optional, tagged, text, type Shape } from '../validation/shape';
import type { Deadline } from './deadline-types';
import { OFFSET_UNITS } from './deadline-types';
import { parseIsoDay } from './calendar';
import {
  DOMAIN_IDS, INSTITUTION_KINDS, SIDES, TIERS,
  type AnchorEvent, type DefenseAdjacentItem, type Discrepancy, type Domain, type DomainMetrics, type DraftAction, type FirstStep,
  type Funding, type GovernanceStandard, type Institution, type NorthStar, type Passage, type Recommendation, type Section,
} from './types';

const id = text({ pattern: /^[a-z0-9][a-z0-9-]*(\/[a-zA-Z0-9-]+)*$/, hint: 'a kebab-case id' });
const code = text({ pattern: /^(AI-[1-4]|S-1A|S-1B|S-2|AE-[1-4]|Q-[1-3]|BC-1|CM-[12]|X-[1-5]|F-[1-6])$/, hint: 'a recommendation or funding code' });
const recommendationCode = text({ pattern: /^(AI-[1-4]|S-1A|S-1B|S-2|AE-[1-4]|Q-[1-3]|BC-1|CM-[12]|X-[1-5])$/, hint: 'a recommendation code' });
const fundingCode = text({ pattern: /^F-[1-6]$/, hint: 'a funding code (F-1 … F-6)' });
const isoDateOrMonth = text({
  pattern: /^\d{4}-\d{2}(-\d{2})?$/,
  hint: 'a date as YYYY-MM or YYYY-MM-DD',
  refine: (value) => (parseIsoDay(value.length === 7 ? `${value}-01` : value) ? null : `${value} is not in the calendar`),
});

export const passageShape: Shape<Passage> = object({ section: id, quote: text() });
const passage = passageShape;

/** Up to a century in any unit: enough for any compact deadline, small enough that no date overflows. */
export const MAX_OFFSET = { days: 36_500, months: 1_200, years: 100 } as const;
const offset = object({ amount: integer({ min: 0, max: MAX_OFFSET.days }), unit: oneOf(OFFSET_UNITS) });

const relative = { phrase: text(), event: id, eventStated: boolean(), anchorNote: optional(text({ minLength: 1 })) };
/** Annotated with the hand-written types (types.ts, deadline-types.ts): tsc proves each shape yields them. */
export const deadlineShape: Shape<Deadline> = tagged('kind', {
  within: object({ kind: literal('within'), ...relative, offset }),
  window: object({ kind: literal('window'), ...relative, from: offset, to: offset }),
  calendar: object({ kind: literal('calendar'), phrase: text(), date: isoDateOrMonth }),
});

const target = object({ id, passage, deadline: optional(deadlineShape) });

const ownerEntry = object({ asWritten: text(), institutions: array(id, { minItems: 1 }) });

/** No `max`: an open-ended figure ("\\$10B+"), a minimum only. */
const amount = object({ min: number({ min: 0 }), max: optional(number({ min: 0 })), approximate: boolean() });

const commitment = object({
  asWritten: text(),
  amount: optional(amount),
  tbd: boolean(),
  termYears: optional(integer({ min: 1 })),
  termPassage: optional(passage),
  basis: oneOf(['equity', 'grants', 'limited-partner', 'facility-face-value', 'match', 'infrastructure']),
});

const statedFigure = object({ id, label: text(), asWritten: text(), amount, passage });

const recommendation: Shape<Recommendation> = object({
  code: recommendationCode,
  domain: oneOf(DOMAIN_IDS),
  title: text(),
  annexTitle: optional(text()),
  anchor: boolean(),
  anchorPassage: optional(passage),
  action: passage,
  components: array(passage),
  whyItMatters: optional(passage),
  usOwners: array(ownerEntry),
  israelOwners: array(ownerEntry),
  ownersPassage: optional(passage),
  mechanism: optional(passage),
  financing: array(object({ mechanism: fundingCode, passage })),
  targets: array(target),
});

/** Every seed file may carry a "$comment" beside its one named list (or object) of records. */
const $comment = optional(text());

const section: Shape<Section> = object({ id, heading: text() });
const domain: Shape<Domain> = object({ id: oneOf(DOMAIN_IDS), name: text(), heading: passage, overview: optional(passage) });
const institution: Shape<Institution> = object({
  id,
  name: text(),
  shortName: optional(text()),
  side: oneOf(SIDES),
  kind: oneOf(INSTITUTION_KINDS),
  parent: optional(id),
});
const anchorEvent: Shape<AnchorEvent> = object({
  id, name: text(), kind: oneOf(['signing', 'mou', 'program-launch', 'feasibility-confirmation']), passage,
});
const funding: Shape<Funding> = object({
  $comment,
  mechanisms: array(
    object({
      code: fundingCode,
      name: text(),
      summaryName: optional(text()),
      us: commitment,
      israel: commitment,
      notes: text(),
      tablePassage: passage,
      summary: passage,
    }),
  ),
  statedTotals: object({ us: statedFigure, israel: statedFigure, headline: statedFigure }),
  baselineFloor: object({ id, label: text(), asWritten: text(), amount, passage, years: integer({ min: 1 }) }),
  questionsAndAnswers: array(statedFigure),
});
const northStar: Shape<NorthStar> = object({
  number: integer({ min: 1, max: 5 }), title: text(), benchmark: passage, deadline: optional(deadlineShape),
});
const firstStep: Shape<FirstStep> = object({ number: integer({ min: 1, max: 5 }), passage, deadline: optional(deadlineShape) });
const metricsRow: Shape<DomainMetrics> = object({
  label: text(), domain: oneOf(DOMAIN_IDS), nearTerm: array(target), longTerm: array(target),
});
const governanceStandard: Shape<GovernanceStandard> = object({ id, title: text(), passage });
const defenseAdjacentItem: Shape<DefenseAdjacentItem> = object({ id, title: text(), passage, isRecommendation: literal(false) });
const discrepancy: Shape<Discrepancy> = object({
  id,
  subject: text(),
  concerns: array(code),
  values: array(object({ value: text(), passage }), { minItems: 2 }),
  note: optional(text()),
});
const draftAction: Shape<DraftAction> = object({
  id,
  title: text(),
  initiative: optional(code),
  tier: oneOf(TIERS),
  tierPassage: optional(passage),
  tierNote: optional(text({ minLength: 1 })),
  source: passage,
  deadline: optional(deadlineShape),
  usLead: optional(id),
  israelLead: optional(id),
  disputedBy: optional(array(id, { minItems: 1 })),
});

/**
 * The shape of each seed file, by name (recommendations/*.json all share one). Each entry keeps
 * the type it yields, so load-compact.ts reads validated files without a cast.
 */
export const SEED_FILE_SHAPES = {
  'sections.json': object({ $comment, sections: array(section, { minItems: 1 }) }),
  'domains.json': object({ $comment, domains: array(domain) }),
  'institutions.json': object({ $comment, institutions: array(institution) }),
  'events.json': object({ $comment, events: array(anchorEvent) }),
  'recommendations.json': object({ $comment, recommendations: array(recommendation) }),
  'funding.json': funding,
  'north-stars.json': object({ $comment, northStars: array(northStar) }),
  'first-steps.json': object({ $comment, firstSteps: array(firstStep) }),
  'metrics.json': object({ $comment, metrics: array(metricsRow) }),
  'governance.json': object({ $comment, governance: array(governanceStandard) }),
  'defense-adjacent.json': object({ $comment, defenseAdjacent: array(defenseAdjacentItem) }),
  'discrepancies.json': object({ $comment, discrepancies: array(discrepancy) }),
  'plan.json': object({ $comment, plan: array(draftAction) }),
} as const;

/** seeds/schema.json: one JSON Schema per seed file, generated from the shapes above. */
export function seedJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Tandem compact seed files (seeds/compact/*.json)',
    $comment: 'Generated from shared/compact/seed-schema.ts by `npm run seeds:schema`; do not edit by hand.',
    $defs: Object.fromEntries(Object.entries(SEED_FILE_SHAPES).map(([name, shape]) => [name, shape.jsonSchema()])),
  };
}
