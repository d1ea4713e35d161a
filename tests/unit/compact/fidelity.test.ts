import { describe, expect, it } from 'vitest';
import { agrees, computeFundingTotals, formatAmount } from '../../../shared/compact/funding-totals';
import { loadCompact } from '../../../shared/compact/load-compact';
import { formatSeedError } from '../../../shared/compact/seed-errors';
import type { Deadline } from '../../../shared/compact/deadline-types';
import { copyOf, loadSeeds, readSeedFiles } from './seed-files';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const compact = loadSeeds();
const draft = (id: string) => compact.plan.find((action) => action.id === id)!;
const discrepancy = (id: string) => compact.discrepancies.find((entry) => entry.id === id);

/** Passages about the compact as a whole, which place no particular action in a tier. */
const GENERIC_TIER_QUOTES = [
  'letting the 2028 MOU renewal timeline become a reason to delay civilian technology cooperation that can proceed immediately under existing executive authority',
  'launch a first-wave portfolio of actions that can begin under existing authority — including bilateral AI-cyber challenge calls, data-governance negotiations, reciprocal participation pathways in existing U.S. programs, standards-recognition work, national-lab access arrangements, and early pilots in AI, energy, quantum, and bioconvergence',
];

function refusal(breakIt: (files: Json) => void): string[] {
  const files = copyOf(readSeedFiles()) as Json;
  breakIt(files);
  const result = loadCompact(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map(formatSeedError);
}

describe('plan drafts that take a side in a disagreement', () => {
  it('link the PQC testbed’s six months and the AE-1 MOU’s counterpart to their discrepancies', () => {
    expect(draft('plan-q2-pqc-testbed').disputedBy).toEqual(['pqc-testbed-timing']);
    expect(draft('plan-ae1-research-mou').disputedBy).toEqual(['ae1-israeli-counterpart']);
    expect(compact.events.find((event) => event.id === 'ae1-research-mou')?.name).not.toMatch(/Atomic Energy|Ministry of Energy/);
  });

  it('name only discrepancies that exist and concern the draft’s initiative or funding line', () => {
    for (const action of compact.plan) {
      for (const id of action.disputedBy ?? []) {
        const entry = discrepancy(id);
        expect(entry, `${action.id} → ${id}`).toBeDefined();
        if (action.initiative) expect(entry!.concerns, `${action.id} → ${id}`).toContain(action.initiative);
      }
    }
  });

  it('refuse a disputedBy that names no discrepancy, with file, record and field', () => {
    const messages = refusal((files) => {
      files['plan.json'].plan[0].disputedBy = ['no-such-discrepancy'];
    });
    expect(messages).toEqual([expect.stringMatching(/plan\.json — record plan-adopt-sequencing-plan, field disputedBy\[0\]: unknown discrepancy "no-such-discrepancy"/)]);
  });
});

describe('tier sources', () => {
  it('cite a passage about the action, or say the document has none', () => {
    for (const action of compact.plan) {
      if (action.tierPassage) expect(GENERIC_TIER_QUOTES, action.id).not.toContain(action.tierPassage.quote);
      else expect(action.tierNote, action.id).toMatch(/^No specific source: /);
    }
    const unsourced = compact.plan.filter((action) => !action.tierPassage).map((action) => action.id);
    expect(unsourced).toHaveLength(10);
  });

  it('are refused when a draft has neither passage nor note', () => {
    const messages = refusal((files) => {
      delete files['plan.json'].plan[0].tierNote;
    });
    expect(messages).toEqual([expect.stringMatching(/record plan-adopt-sequencing-plan, field tierPassage: no tier source/)]);
  });

  it('justify F-1/F-4 in the appropriations-or-legislation lane by the authorization, noting they are not appropriated', () => {
    const action = draft('plan-f1-f4-capital-architecture');
    expect(action.tier).toBe('appropriations');
    expect(action.tierPassage?.quote).toMatch(/authorizing the blended financing stack/);
    expect(action.tierNote).toMatch(/are not appropriated/);
    expect(action.disputedBy).toContain('annual-appropriations');
  });
});

describe('deadlines and leads', () => {
  it('put “first grants awarded within 18 months” on the award action, not on seeking the appropriation', () => {
    const withMilestone = compact.plan.filter((action) => action.source.quote.includes('first grants awarded within 18 months'));
    expect(withMilestone.map((action) => action.id)).toEqual(['plan-q1-first-fund-grants']);
    expect(draft('plan-q1-quantum-fund').deadline).toBeUndefined();
  });

  it('give X-4’s channel a U.S. lead among the owners X-4 names', () => {
    expect(['us-bis', 'us-state', 'us-nsc']).toContain(draft('plan-x4-export-control-channel').usLead);
  });

  it('count every S-1 feasibility-study end from one anchor, flagged as an interpretation', () => {
    const studyEnds: Deadline[] = [
      ...compact.recommendations.filter((rec) => rec.code === 'S-1A').flatMap((rec) => rec.targets),
      ...compact.metrics.flatMap((row) => [...row.nearTerm, ...row.longTerm]),
    ]
      .filter((target) => /feasibility study|6-month joint study/.test(target.passage.quote) && !/30 days/.test(target.deadline?.phrase ?? ''))
      .flatMap((target) => (target.deadline ? [target.deadline] : []));
    expect(studyEnds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(studyEnds.map((deadline) => deadline.kind !== 'calendar' && deadline.event))).toEqual(new Set(['s1-feasibility-mou']));
    for (const deadline of studyEnds) expect(deadline.kind !== 'calendar' && deadline.anchorNote).toMatch(/interpretation|s1-study-anchor/);
  });

  it('flag the ambiguous anchors and read “Months 1–6” from month 0', () => {
    const targets = [...compact.recommendations.flatMap((rec) => rec.targets), ...compact.metrics.flatMap((row) => [...row.nearTerm, ...row.longTerm])];
    const byQuote = (words: string) => targets.find((target) => target.passage.quote.includes(words))!.deadline!;
    const fusion = byQuote('within 18 months of MOU signing');
    const months16 = byQuote('Months 1–6');
    const horizon = byQuote('realistic deployment horizon is 36-60 months');
    for (const deadline of [fusion, months16, horizon]) expect(deadline.kind !== 'calendar' && deadline.anchorNote).toBeTruthy();
    expect(months16).toMatchObject({ kind: 'window', from: { amount: 0 }, to: { amount: 6 } });
    expect(horizon).toMatchObject({ event: 'q3-satellite-qkd-mou' });
    const used = new Set(targets.flatMap((target) => (target.deadline && target.deadline.kind !== 'calendar' ? [target.deadline.event] : [])));
    for (const action of compact.plan) if (action.deadline && action.deadline.kind !== 'calendar') used.add(action.deadline.event);
    for (const event of compact.events) expect(used.has(event.id) || event.id === 'ae2-energy-mou', `${event.id} is used`).toBe(true);
  });
});

describe('funding', () => {
  it('gives F-3 its ten-year term, sourced, and keeps its face value outside the totals for that reason', () => {
    const f3 = compact.funding.mechanisms.find((m) => m.code === 'F-3')!;
    expect(f3.us.termYears).toBe(10);
    expect(f3.us.termPassage?.quote).toMatch(/over ten years/);
    const outside = computeFundingTotals(compact.funding).us.outside.find((entry) => entry.code === 'F-3');
    expect(outside?.reason).toMatch(/face value/);
    expect(outside?.reason).not.toMatch(/no term/);
  });

  it('keeps open-ended figures as minimums only, shown as such', () => {
    const figures = [compact.funding.baselineFloor, ...compact.funding.questionsAndAnswers];
    const open = figures.filter((figure) => /\+|at least|floor/.test(figure.asWritten)).map((figure) => figure.id);
    expect(open.sort()).toEqual(['baseline-floor-per-side-per-year', 'qa-baseline', 'qa-floor-per-side-per-year', 'qa-headline-mobilization']);
    for (const figure of figures) expect(figure.amount.max === undefined, figure.id).toBe(open.includes(figure.id));
    expect(formatAmount({ min: 15e9, approximate: false })).toBe('at least $15B');
    expect(formatAmount({ min: 5e8, max: 1e9, approximate: false })).toBe('$500M–1B');
  });

  it('agrees an open-ended figure with any amount from its minimum up, never below it', () => {
    expect(agrees({ min: 10e9, approximate: false }, { min: 10e9, max: 10e9, approximate: false })).toBe(true);
    expect(agrees({ min: 12e9, max: 12e9, approximate: false }, { min: 10e9, approximate: false })).toBe(false);
    expect(agrees({ min: 9e9, approximate: false }, { min: 10e9, approximate: false })).toBe(false);
  });

  it('types no computed total into a discrepancy note', () => {
    for (const entry of compact.discrepancies) expect(entry.note ?? '', entry.id).not.toMatch(/\$350|\$11B|about \$/);
  });
});

describe('discrepancies', () => {
  it('keep only two values for one thing: no ordering, narrowing or two-track entries', () => {
    const ids = compact.discrepancies.map((entry) => entry.id);
    for (const gone of ['ai3-darpa-role', 'defense-observer-scope', 'cm2-digital-exploration-sites', 'f3-trilateral-markets']) expect(ids).not.toContain(gone);
  });

  it('hold the fund names, the S-1 study anchor, the charter and certification parties and the acting non-owners', () => {
    const ids = compact.discrepancies.map((entry) => entry.id);
    expect(ids).toEqual(expect.arrayContaining([
      'quantum-fund-name', 'quantum-fund-initiative', 'f6-fund-name', 's1-study-anchor', 'ai1-charter-parties',
      'ai-cyber-certifier', 'cm1-ministry-of-economy', 'q3-nasa-role', 'ae2-ministry-of-energy',
    ]));
    for (const entry of compact.discrepancies) {
      const values = new Set(entry.values.map((value) => value.value));
      expect(values.size, entry.id).toBe(entry.values.length);
    }
  });
});
