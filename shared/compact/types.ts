/**
 * The compact as data (seeds/compact/*.json). Every record that states something the document
 * says carries a Passage: the id of the section it comes from and a verbatim quote. Quotes keep
 * the source text's own characters, markdown escapes included (`\$`, `**`); only whitespace may
 * differ. tests/unit/compact/quotes.test.ts proves every quote occurs in its section.
 */
import type { Deadline } from './deadline-types';

export interface Passage {
  /** An id from seeds/compact/sections.json. */
  readonly section: string;
  readonly quote: string;
}

export interface Section {
  readonly id: string;
  /** The heading line exactly as it stands in the compact. */
  readonly heading: string;
}

export const SIDES = ['us', 'israel'] as const;
export type Side = (typeof SIDES)[number];

export const INSTITUTION_KINDS = [
  'agency',
  'ministry',
  'lab',
  'university',
  'company',
  'foundation',
  'committee',
  'legislature',
  'program',
  'association',
  /** A category the document names instead of an institution ("Israeli quantum companies"). */
  'group',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface Institution {
  /** Stable kebab-case id, e.g. "us-nist", "il-iia". */
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly side: Side;
  readonly kind: InstitutionKind;
  /** The institution this one belongs to ("DOE Office of Science" → "us-doe"). */
  readonly parent?: string;
}

/** One entry of an annex owner table, exactly as written there, resolved to the directory. */
export interface OwnerEntry {
  readonly asWritten: string;
  /** Institution ids the entry names; more than one for "Commerce / CHIPS Program Office". */
  readonly institutions: readonly string[];
}

export const DOMAIN_IDS = [
  'ai',
  'semiconductors',
  'energy',
  'quantum',
  'bioconvergence',
  'critical-materials',
  'implementation',
  'funding',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export interface Domain {
  readonly id: DomainId;
  readonly name: string;
  readonly heading: Passage;
  readonly overview?: Passage;
}

export interface Target {
  readonly id: string;
  readonly passage: Passage;
  readonly deadline?: Deadline;
}

export interface Recommendation {
  /** "AI-1", "S-1A", "BC-1", "X-5" … */
  readonly code: string;
  readonly domain: DomainId;
  /** The title in the main text (before the Technical Annex). */
  readonly title: string;
  /** The title the Technical Annex uses, where it differs. */
  readonly annexTitle?: string;
  readonly anchor: boolean;
  /** Why the anchor flag is set: the anchor box that names this recommendation. */
  readonly anchorPassage?: Passage;
  readonly action: Passage;
  readonly components: readonly Passage[];
  readonly whyItMatters?: Passage;
  /** Annex owner tables; empty when the annex gives none (X-1 … X-5), which the app shows as a gap. */
  readonly usOwners: readonly OwnerEntry[];
  readonly israelOwners: readonly OwnerEntry[];
  readonly ownersPassage?: Passage;
  readonly mechanism?: Passage;
  /** F-1 … F-6 this recommendation draws on, each with the passage that says so. */
  readonly financing: readonly { readonly mechanism: string; readonly passage: Passage }[];
  readonly targets: readonly Target[];
}

/**
 * An amount in U.S. dollars; a range when the document gives one; approximate when it says "~".
 * `max` is absent for an open-ended figure ("\$10B+", "at least \$500M"): a minimum only, never
 * an exact amount, and every sum that includes it is open-ended too.
 */
export interface Amount {
  readonly min: number;
  readonly max?: number;
  readonly approximate: boolean;
}

export interface Commitment {
  /** The table cell exactly as written, e.g. "\$500M–1B (TBD)". */
  readonly asWritten: string;
  /** Absent when the document gives no figure. */
  readonly amount?: Amount;
  readonly tbd: boolean;
  /** Years the commitment spans when the cell states it ("(10 yr)"). */
  readonly termYears?: number;
  /** Where the term is stated when the table cell does not state it (F-3: "over ten years"). */
  readonly termPassage?: Passage;
  readonly basis: 'equity' | 'grants' | 'limited-partner' | 'facility-face-value' | 'match' | 'infrastructure';
}

export interface FundingMechanism {
  /** "F-1" … "F-6". */
  readonly code: string;
  readonly name: string;
  readonly summaryName?: string;
  readonly us: Commitment;
  readonly israel: Commitment;
  readonly notes: string;
  readonly tablePassage: Passage;
  readonly summary: Passage;
}

export interface StatedFigure {
  readonly id: string;
  readonly label: string;
  readonly asWritten: string;
  readonly amount: Amount;
  readonly passage: Passage;
}

export interface Funding {
  readonly mechanisms: readonly FundingMechanism[];
  /** The TOTALS row: what the document says each side's government total is. */
  readonly statedTotals: { readonly us: StatedFigure; readonly israel: StatedFigure; readonly headline: StatedFigure };
  /** The per-side yearly floor ("at least \$500M per year from each government") and its term. */
  readonly baselineFloor: StatedFigure & { readonly years: number };
  readonly questionsAndAnswers: readonly StatedFigure[];
}

export interface NorthStar {
  readonly number: number;
  readonly title: string;
  readonly benchmark: Passage;
  readonly deadline?: Deadline;
}

export interface FirstStep {
  readonly number: number;
  readonly passage: Passage;
  readonly deadline?: Deadline;
}

export interface DomainMetrics {
  /** The table row's label as written ("AI", "Energy", …). */
  readonly label: string;
  readonly domain: DomainId;
  readonly nearTerm: readonly Target[];
  readonly longTerm: readonly Target[];
}

export interface GovernanceStandard {
  readonly id: string;
  readonly title: string;
  readonly passage: Passage;
}

export interface DefenseAdjacentItem {
  readonly id: string;
  readonly title: string;
  readonly passage: Passage;
  /** Always false: the annex says these are not recommendations of the compact. */
  readonly isRecommendation: false;
}

export interface StatedValue {
  readonly value: string;
  readonly passage: Passage;
}

export interface Discrepancy {
  readonly id: string;
  readonly subject: string;
  /** Recommendation or funding codes the disagreement touches. */
  readonly concerns: readonly string[];
  /** Two or more values the document gives for the same thing, each with its source. */
  readonly values: readonly StatedValue[];
  readonly note?: string;
}

export const TIERS = ['existing-authority', 'appropriations', 'feasibility-review'] as const;
export type Tier = (typeof TIERS)[number];

export interface DraftAction {
  readonly id: string;
  readonly title: string;
  /** Recommendation or funding code, or absent for the compact-wide steps. */
  readonly initiative?: string;
  readonly tier: Tier;
  /**
   * The passage that places this action in its tier: one about this action, never a generic
   * passage. Absent where the document has none; `tierNote` then says so.
   */
  readonly tierPassage?: Passage;
  /** Why the tier stands without (or despite) a passage; required when tierPassage is absent. */
  readonly tierNote?: string;
  /** The commitment the action comes from. */
  readonly source: Passage;
  readonly deadline?: Deadline;
  /** Institution ids from the owner tables; absent where the document names none (a gap). */
  readonly usLead?: string;
  readonly israelLead?: string;
  /**
   * discrepancies.json ids of the disagreements this draft takes a side in (its timing, its
   * counterpart, its amount): the app shows the action as resting on a disputed value.
   */
  readonly disputedBy?: readonly string[];
}

export interface AnchorEvent {
  readonly id: string;
  readonly name: string;
  readonly kind: 'signing' | 'mou' | 'program-launch' | 'feasibility-confirmation';
  readonly passage: Passage;
}

export interface CompactData {
  readonly sections: readonly Section[];
  readonly domains: readonly Domain[];
  readonly institutions: readonly Institution[];
  readonly events: readonly AnchorEvent[];
  readonly recommendations: readonly Recommendation[];
  readonly funding: Funding;
  readonly northStars: readonly NorthStar[];
  readonly firstSteps: readonly FirstStep[];
  readonly metrics: readonly DomainMetrics[];
  readonly governance: readonly GovernanceStandard[];
  readonly defenseAdjacent: readonly DefenseAdjacentItem[];
  readonly discrepancies: readonly Discrepancy[];
  readonly plan: readonly DraftAction[];
}
