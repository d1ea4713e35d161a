import { describe, expect, it } from 'vitest';
import { TIER_LABELS } from '../../../shared/compact/tiers';
import { recordDateLines, recordFileName, UNSEQUENCED_LABEL } from '../../../shared/records/plan-record';
import { compact, eventName, FORMULA_TITLE, HEBREW_TITLE, PIPE_TITLE, recordFixture } from './record-fixture';

describe('the plan record', () => {
  it('lists every live action by lane in board order, with both leads, status, due date and initiative', () => {
    const { record } = recordFixture();
    const plan = record('plan');
    expect(plan.title).toBe('U.S.–Israel Strategic Technology Compact — Action plan');
    expect(plan.sections.map((section) => section.label)).toEqual([
      UNSEQUENCED_LABEL, TIER_LABELS['existing-authority'], TIER_LABELS.appropriations, TIER_LABELS['feasibility-review'],
    ]);
    const live = compact.plan.length + 3;
    expect(plan.actionCount).toBe(live);
    expect(plan.sections.flatMap((section) => section.rows).map((row) => row.position)).toEqual(
      Array.from({ length: live }, (_, i) => String(i + 1)),
    );
    expect(plan.sections[0]!.rows.map((row) => row.title)).toEqual([FORMULA_TITLE]);
    expect(plan.sections[1]!.rows[0]).toMatchObject({
      title: HEBREW_TITLE, initiative: 'AI-1', usLead: 'NIST', israelLead: '\u2068INCD\u2069 (\u2068רונית כהן\u2069)', status: 'Agreed', due: '2026-10-31',
    });
    const ai1 = plan.sections[1]!.rows.find((row) => row.id === 'plan-ai1-first-challenge-call')!;
    expect(ai1).toMatchObject({ usLead: 'CAISI', israelLead: 'INCD', status: 'Proposed', due: '2026-11-30' });
    const pipe = plan.sections[2]!.rows.find((row) => row.title === PIPE_TITLE)!;
    expect(pipe).toMatchObject({ usLead: 'None named', israelLead: 'None named', due: '2027-03-01' });
    expect(plan.sections.flatMap((s) => s.rows).some((row) => row.title === 'Withdrawn idea')).toBe(false);
  });

  it('says which drafts rest on a disputed value, naming the disagreement', () => {
    const rows = recordFixture().record('plan').sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.id === 'plan-q2-pqc-testbed')!.disputed).toBe('Disputed: When the joint PQC testbed must be operational');
    expect(rows.find((row) => row.id === 'plan-q1-quantum-fund')!.disputed.split('; ')).toHaveLength(3);
    expect(rows.find((row) => row.id === 'plan-ai1-first-challenge-call')!.disputed).toBe('');
  });

  it('says a deadline in words while its event has no date, and marks an open one past due', () => {
    const { record } = recordFixture();
    const rows = record('plan').sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.id === 'plan-q3-readiness-assessment')!.due).toBe(
      `90 days after ${eventName('q3-program-launch')} (not yet dated)`,
    );
    // Signed 2026-09-01, "within 30 days" is 2026-10-01: before the fixture's today, 2026-10-15.
    expect(rows.find((row) => row.id === 'plan-s1a-commission-feasibility-study')!.due).toBe('2026-10-01, overdue');
    expect(rows.find((row) => row.id === 'plan-designate-owners-program-office')!.due).toBe('No deadline');
  });

  it('keeps to the 90 days after signing in the 90-day plan, every tier listed even when empty', () => {
    const { record } = recordFixture();
    const plan = record('ninety-day');
    expect(plan.title).toBe('U.S.–Israel Strategic Technology Compact — 90-day sequencing plan');
    expect(plan.sections.map((section) => section.tier)).toEqual(['existing-authority', 'appropriations', 'feasibility-review']);
    const dues = plan.sections.flatMap((section) => section.rows).map((row) => row.due.slice(0, 10));
    expect(dues.length).toBeGreaterThan(3);
    expect(dues.every((due) => due >= '2026-09-01' && due <= '2026-11-30')).toBe(true);
    expect(plan.sections[1]!.rows).toEqual([]);
    expect(plan.sections[0]!.rows[0]!.title).toBe(HEBREW_TITLE);
    expect(recordDateLines(plan)).toEqual([
      'Generated 2026-10-15 09:30 UTC',
      'Compact signing: 2026-09-01',
      '90-day window ends: 2026-11-30',
      'Prepared by \u2068Dana Levi (Israel, note-taker)\u2069',
    ]);
    expect(recordFileName('ninety-day', plan.generatedAt, 'docx')).toBe('tandem-90-day-plan-2026-10-15.docx');
  });
});
