import { describe, expect, it } from 'vitest';
import { computeFundingTotals } from '../../../shared/compact/funding-totals';
import { loadSeeds } from './seed-files';

/** The counts the issue and the document fix; a lost or duplicated record fails here. */
const CODES = [
  'AI-1', 'AI-2', 'AI-3', 'AI-4', 'S-1A', 'S-1B', 'S-2', 'AE-1', 'AE-2', 'AE-3', 'AE-4', 'Q-1', 'Q-2', 'Q-3',
  'BC-1', 'CM-1', 'CM-2', 'X-1', 'X-2', 'X-3', 'X-4', 'X-5',
];

describe('the compact as data', () => {
  const compact = loadSeeds();

  it('holds every recommendation once, and the six funding mechanisms', () => {
    expect(compact.recommendations.map((r) => r.code).sort()).toEqual([...CODES].sort());
    expect(compact.funding.mechanisms.map((m) => m.code)).toEqual(['F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6']);
    expect(compact.recommendations.length + compact.funding.mechanisms.length).toBe(28);
  });

  it('holds five North Stars, five First Steps and six domain metric rows', () => {
    expect(compact.northStars.map((n) => n.number)).toEqual([1, 2, 3, 4, 5]);
    expect(compact.firstSteps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(compact.metrics.map((m) => m.domain)).toEqual([
      'ai', 'semiconductors', 'energy', 'quantum', 'bioconvergence', 'critical-materials',
    ]);
    for (const row of compact.metrics) {
      expect(row.nearTerm.length, row.label).toBeGreaterThan(0);
      expect(row.longTerm.length, row.label).toBeGreaterThan(0);
    }
  });

  it('gives every domain recommendation owners on both sides, and X-1 … X-5 none (a gap the app shows)', () => {
    for (const rec of compact.recommendations) {
      const expectOwners = !rec.code.startsWith('X-');
      expect(rec.usOwners.length > 0, `${rec.code} U.S. owners`).toBe(expectOwners);
      expect(rec.israelOwners.length > 0, `${rec.code} Israel owners`).toBe(expectOwners);
    }
  });

  it('keeps ranges and TBD as the document gives them', () => {
    const f5 = compact.funding.mechanisms.find((m) => m.code === 'F-5');
    expect(f5?.us.tbd).toBe(true);
    expect(f5?.us.amount).toMatchObject({ min: 500e6, max: 1e9 });
    expect(f5?.israel.amount).toMatchObject({ min: 250e6, max: 500e6 });
    const f3 = compact.funding.mechanisms.find((m) => m.code === 'F-3');
    expect(f3?.us.amount).toMatchObject({ min: 2e9, max: 3e9 });
  });

  it('computes the totals, and they agree with the ~$5.5B per side and the $10B headline the document states (at least $10B: the floor is open-ended)', () => {
    const totals = computeFundingTotals(compact.funding);
    expect(totals.us.amount).toMatchObject({ min: 5.5e9, max: 5.5e9 });
    expect(totals.israel.amount).toMatchObject({ min: 5.5e9, max: 5.5e9 });
    expect(totals.headline).toEqual({ min: 10e9, approximate: false });
    expect(totals.checks.map((check) => [check.label, check.agrees])).toEqual(
      totals.checks.map((check) => [check.label, true]),
    );
    expect(totals.us.outside.map((entry) => entry.code)).toEqual(['F-3', 'F-5']);
  });

  it('marks every defense-adjacent item as not a compact recommendation', () => {
    expect(compact.defenseAdjacent.length).toBeGreaterThanOrEqual(4);
    expect(compact.defenseAdjacent.every((item) => item.isRecommendation === false)).toBe(true);
  });

  it('lists the discrepancies the issue names, each with at least two sourced values', () => {
    const ids = compact.discrepancies.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['pqc-testbed-timing', 'f3-budget-cost']));
    for (const discrepancy of compact.discrepancies) expect(discrepancy.values.length).toBeGreaterThanOrEqual(2);
  });

  it('drafts the 90-day plan across the three tiers, with the commitments the issue names', () => {
    const tiers = new Set(compact.plan.map((action) => action.tier));
    expect([...tiers].sort()).toEqual(['appropriations', 'existing-authority', 'feasibility-review']);
    const titles = compact.plan.map((action) => action.title).join('\n');
    for (const words of [/S-1 Kiryat Gat feasibility study/, /first joint AI-Cybersecurity Foundry challenge call/,
      /Convene the Tech Alliance Steering Committee/, /Approve the initial action plan/, /implementation channel/]) {
      expect(titles).toMatch(words);
    }
  });
});
