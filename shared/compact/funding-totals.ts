/**
 * Funding totals, computed from the F-1 … F-6 commitments and compared with what the document
 * states, never typed in. A side's government total is the sum of the commitments the table
 * gives over a stated term ("(10 yr)"); a commitment marked TBD (F-5's conditional fab
 * financing), one without a stated term (F-3's IIA match), or the face value of a lending facility
 * (F-3's DFC facility: "over ten years", but its budget cost is the credit subsidy, not the face
 * value) is listed beside the total instead of inside it, with that reason. The headline is the
 * yearly floor per side times the term, for both sides.
 *
 * Open-ended figures ("\$10B+", "at least \$500M") have a minimum and no maximum: a sum with one
 * open-ended part is open-ended, and it is shown as "at least …", never as an exact amount.
 */
import type { Amount, Commitment, Funding, Side, StatedFigure } from './types';

export interface SideTotal {
  readonly amount: Amount;
  readonly included: readonly string[];
  /** `reason` in English (exports); `reasonCode` for the interface, which words it in the reader's language. */
  readonly outside: readonly { readonly code: string; readonly commitment: Commitment; readonly reason: string; readonly reasonCode: OutsideReason }[];
}

export type OutsideReason = 'tbd' | 'no-figure' | 'facility' | 'no-term';

const REASONS: Record<OutsideReason, string> = {
  tbd: 'to be determined',
  'no-figure': 'no figure given',
  facility: 'face value of a lending facility, not a budget commitment',
  'no-term': 'no term stated',
};

export interface TotalCheck {
  /** Which total: the interface words it from this; `label` is the English (exports). */
  readonly kind: 'us' | 'israel' | 'headline';
  readonly label: string;
  readonly computed: Amount;
  readonly stated: StatedFigure;
  readonly agrees: boolean;
}

export interface FundingTotals {
  readonly us: SideTotal;
  readonly israel: SideTotal;
  readonly headline: Amount;
  readonly checks: readonly TotalCheck[];
}

/** How far a computed figure may sit from one the document marks "~" and still agree. */
export const APPROXIMATE_TOLERANCE = 0.1;

function sum(amounts: readonly Amount[]): Amount {
  const min = amounts.reduce((total, amount) => total + amount.min, 0);
  const approximate = amounts.some((amount) => amount.approximate);
  if (amounts.some((amount) => amount.max === undefined)) return { min, approximate };
  return { min, max: amounts.reduce((total, amount) => total + amount.max!, 0), approximate };
}

/** `amount` times `factor`; open-ended stays open-ended. */
export function scale(amount: Amount, factor: number): Amount {
  const min = amount.min * factor;
  return amount.max === undefined ? { min, approximate: amount.approximate } : { min, max: amount.max * factor, approximate: amount.approximate };
}

function sideTotal(funding: Funding, side: Side): SideTotal {
  const included: string[] = [];
  const amounts: Amount[] = [];
  const outside: SideTotal['outside'][number][] = [];
  for (const mechanism of funding.mechanisms) {
    const commitment = mechanism[side];
    const code: OutsideReason | null = commitment.tbd
      ? 'tbd'
      : commitment.amount === undefined
        ? 'no-figure'
        : commitment.basis === 'facility-face-value'
          ? 'facility'
          : commitment.termYears === undefined
            ? 'no-term'
            : null;
    if (code || !commitment.amount) {
      const reasonCode = code ?? 'no-figure';
      outside.push({ code: mechanism.code, commitment, reason: REASONS[reasonCode], reasonCode });
    }
    else {
      included.push(mechanism.code);
      amounts.push(commitment.amount);
    }
  }
  return { amount: sum(amounts), included, outside };
}

/**
 * Minimums agree, and maximums agree where both figures have one: an open-ended figure ("at least
 * \$10B") is consistent with any amount from its minimum up, so only the minimum can disagree.
 */
export function agrees(computed: Amount, stated: Amount): boolean {
  const tolerance = stated.approximate ? APPROXIMATE_TOLERANCE : 0;
  const close = (value: number, target: number) => Math.abs(value - target) <= target * tolerance + 1e-6;
  if (!close(computed.min, stated.min)) return false;
  return computed.max === undefined || stated.max === undefined || close(computed.max, stated.max);
}

export function computeFundingTotals(funding: Funding): FundingTotals {
  const us = sideTotal(funding, 'us');
  const israel = sideTotal(funding, 'israel');
  const floor = funding.baselineFloor;
  const headline = scale(floor.amount, floor.years * 2);
  const check = (kind: TotalCheck['kind'], label: string, computed: Amount, stated: StatedFigure): TotalCheck => ({
    kind,
    label,
    computed,
    stated,
    agrees: agrees(computed, stated.amount),
  });
  return {
    us,
    israel,
    headline,
    checks: [
      check('us', 'U.S. government total', us.amount, funding.statedTotals.us),
      check('israel', 'Israel government total', israel.amount, funding.statedTotals.israel),
      check('headline', 'Headline: yearly floor × term × both sides', headline, funding.statedTotals.headline),
    ],
  };
}

/** "$5.5B", "$500M–1B", "~$150M", "at least $10B" (open-ended: a minimum only). */
export function formatAmount(amount: Amount): string {
  const one = (value: number) =>
    value >= 1e9 ? `${Number((value / 1e9).toFixed(2))}B` : value >= 1e6 ? `${Number((value / 1e6).toFixed(1))}M` : `${value}`;
  const body =
    amount.max === undefined ? `$${one(amount.min)}` : amount.min === amount.max ? `$${one(amount.min)}` : `$${one(amount.min)}–${one(amount.max)}`;
  const approximate = amount.approximate ? `~${body}` : body;
  return amount.max === undefined ? `at least ${approximate}` : approximate;
}
