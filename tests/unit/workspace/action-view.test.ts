import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';

describe('the action view', () => {
  it('reads the seed’s disputedBy and tierNote, and reports a malformed disputedBy without showing part of it', () => {
    const doc = createWorkspaceDoc();
    const good = addAction(doc, { title: 'Disputed draft' });
    const bad = addAction(doc, { title: 'Hostile list' });
    doc.transact(() => {
      const record = actionsMap(doc).get(good) as Y.Map<unknown>;
      record.set('disputedBy', ['pqc-testbed-timing', 'ae1-israeli-counterpart']);
      record.set('tierNote', 'No specific source: none.');
      (actionsMap(doc).get(bad) as Y.Map<unknown>).set('disputedBy', ['ok-id', { not: 'an id' }]);
    });
    const views = deriveActions(doc);
    expect(views.find((v) => v.id === good)).toMatchObject({
      disputedBy: ['ae1-israeli-counterpart', 'pqc-testbed-timing'], tierNote: 'No specific source: none.', problems: [],
    });
    const hostile = views.find((v) => v.id === bad)!;
    expect(hostile.disputedBy).toEqual([]);
    expect(hostile.problems).toEqual([expect.stringMatching(/disputed values are not readable/)]);
  });

  it('shows malformed records from a peer as invalid instead of failing', () => {
    const peer = createWorkspaceDoc();
    peer.transact(() => {
      actionsMap(peer).set('not-a-map', 42);
      const record = new Y.Map<unknown>();
      record.set('title', 'plain string, not Y.Text');
      record.set('status', 'finished');
      actionsMap(peer).set('bad-fields', record);
    });
    const doc = createWorkspaceDoc();
    const good = addAction(doc, { title: 'Good one' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const views = deriveActions(doc);
    expect(views).toHaveLength(3);
    expect(views.find((v) => v.id === good)?.problems).toEqual([]);
    expect(views.find((v) => v.id === 'not-a-map')?.problems[0]).toMatch(/not an action \(found number\)/);
    const bad = views.find((v) => v.id === 'bad-fields');
    expect(bad?.status).toBeNull();
    expect(bad?.rawStatus).toBe('finished');
    expect(bad?.problems.join(' ')).toMatch(/title is missing or not text.*Unknown status "finished"/);
  });

  it('reuses unchanged views so the UI re-renders only what changed', () => {
    const doc = createWorkspaceDoc();
    const a = addAction(doc, { title: 'A' });
    addAction(doc, { title: 'B' });
    const first = deriveActions(doc);
    setActionStatus(doc, a, 'blocked');
    const second = deriveActions(doc, first);
    const unchanged = first.find((v) => v.id !== a);
    expect(second.find((v) => v.id !== a)).toBe(unchanged);
    expect(second.find((v) => v.id === a)).not.toBe(first.find((v) => v.id === a));
  });
});
