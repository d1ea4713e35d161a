import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { translator } from '../i18n/words';
import { describeCounts, windowCounts } from '../../../renderer/src/features/board/window-counts';

const EVENTS = new Map([['compact-signing', 'Compact signing']]);

function lane(doc: Y.Doc) {
  const inside = addAction(doc, { title: 'inside' });
  const late = addAction(doc, { title: 'late' });
  const overdue = addAction(doc, { title: 'overdue' });
  const closed = addAction(doc, { title: 'done, past due' });
  addAction(doc, { title: 'undated' });
  setActionDue(doc, inside, { kind: 'after-event', event: 'compact-signing', offset: { amount: 30, unit: 'days' } }, EVENTS);
  setActionDue(doc, late, { kind: 'after-event', event: 'compact-signing', offset: { amount: 6, unit: 'months' } }, EVENTS);
  setActionDue(doc, overdue, { kind: 'date', date: '2026-09-10' }, EVENTS);
  setActionDue(doc, closed, { kind: 'date', date: '2026-09-10' }, EVENTS);
  setActionStatus(doc, closed, 'done');
  return deriveActions(doc);
}

describe('a lane against the 90-day window', () => {
  it('counts inside, late, undated and overdue once the signing date is set', () => {
    const actions = lane(createWorkspaceDoc());
    const counts = windowCounts(actions, new Map([['compact-signing', '2026-09-01']]), '2026-09-20');
    expect(counts).toEqual({ inside: 3, after: 1, undated: 1, awaitingSigning: 0, beforeStart: 0, overdue: 1 });
    expect(describeCounts(translator(), counts)).toBe('3 in the 90 days · 1 after · 1 undated · 1 overdue');
  });

  it('without a signing date, relative deadlines are undated and calendar ones wait for the date', () => {
    const actions = lane(createWorkspaceDoc());
    const counts = windowCounts(actions, new Map(), '2026-08-01');
    expect(counts).toEqual({ inside: 0, after: 0, undated: 3, awaitingSigning: 2, beforeStart: 0, overdue: 0 });
    expect(describeCounts(translator(), counts)).toBe('0 in the 90 days · 0 after · 3 undated · 2 awaiting the signing date');
  });
});
