import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { cellState } from '../../../renderer/src/features/owners/cell-state';
import { matrixColumns } from '../../../renderer/src/features/owners/matrix-model';
import { leadSteps, removeSteps, supportingSteps, type OwnerStep } from '../../../renderer/src/features/owners/owner-steps';
import { setLead, setSupporting } from '../../../shared/workspace/owners';
import { compact, seededDoc, viewsOf } from './seeded-matrix';

/** The cell's state as the menu reads it, from the live document. */
function stateOf(doc: Y.Doc, rowId: string, institution: string) {
  const { directory, rows } = viewsOf(doc);
  const row = rows.find((entry) => entry.id === rowId)!;
  const column = matrixColumns(directory, rows, 'both', 'all').find((entry) => entry.id === institution)!;
  const rec = compact.recommendations.find((entry) => entry.code === rowId);
  const annex = rec ? [...rec.usOwners, ...rec.israelOwners].flatMap((entry) => entry.institutions) : [];
  return { row, state: cellState(row, column, annex) };
}

/** What runOwnerSteps does through the commands, on the model directly. */
function run(doc: Y.Doc, rowId: string, institution: string, steps: (s: ReturnType<typeof cellState>) => OwnerStep[]) {
  const { state } = stateOf(doc, rowId, institution);
  for (const step of steps(state)) {
    if (step.op === 'lead') setLead(doc, state.target, state.side, step.institution, step.person);
    else setSupporting(doc, state.target, step.institution, step.supporting);
  }
  return stateOf(doc, rowId, institution);
}

describe('the cell menu', () => {
  it('reads where an institution stands: side, annex mention, current lead', () => {
    const doc = seededDoc();
    const { state } = stateOf(doc, 'AI-1', 'il-incd');
    expect(state).toMatchObject({ target: { kind: 'initiative', id: 'AI-1' }, side: 'israel', isLead: false, isSupporting: false, inAnnex: true, currentLead: null });
    const action = stateOf(doc, 'plan-ai1-first-challenge-call', 'us-caisi').state;
    expect(action).toMatchObject({ target: { kind: 'action', id: 'plan-ai1-first-challenge-call' }, isLead: true, inAnnex: false });
  });

  it('makes a lead that fills the side’s gap, and the annex mention stays known under it', () => {
    const doc = seededDoc();
    const { row, state } = run(doc, 'AI-1', 'us-caisi', (s) => leadSteps(s, 'us-caisi', null));
    expect(row.cells.get('us-caisi')).toBe('lead');
    expect(row.gaps).toEqual(['israel']);
    expect(state).toMatchObject({ isLead: true, inAnnex: true });
  });

  it('keeps one role per institution: lead drops supporting, supporting drops lead, remove drops both', () => {
    const doc = seededDoc();
    const supporting = run(doc, 'X-2', 'us-nist', (s) => supportingSteps(s, 'us-nist'));
    expect(supporting.row.cells.get('us-nist')).toBe('supporting');
    const lead = run(doc, 'X-2', 'us-nist', (s) => leadSteps(s, 'us-nist', null));
    expect(lead.state).toMatchObject({ isLead: true, isSupporting: false });
    const back = run(doc, 'X-2', 'us-nist', (s) => supportingSteps(s, 'us-nist'));
    expect(back.state).toMatchObject({ isLead: false, isSupporting: true });
    expect(back.row.gaps).toContain('us');
    const { row, state } = run(doc, 'X-2', 'us-nist', (s) => removeSteps(s, 'us-nist'));
    expect(row.cells.has('us-nist')).toBe(false);
    expect(removeSteps(state, 'us-nist')).toEqual([]);
  });
});
