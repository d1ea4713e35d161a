import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, OperationError, setActionStatus, MAX_TITLE_LENGTH } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { actionsMap, createWorkspaceDoc, LOCAL_ORIGIN } from '../../../shared/workspace/schema';

const at = (iso: string) => new Date(iso);

describe('action operations', () => {
  it('adds an action with a text title, the default status and an edit stamp', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: '  Sign the PQC testbed MOU  ' }, at('2026-07-01T10:00:00Z'));
    const [view] = deriveActions(doc);
    expect(view).toMatchObject({ id, title: 'Sign the PQC testbed MOU', status: 'proposed', createdAt: '2026-07-01T10:00:00.000Z', problems: [] });
    expect((actionsMap(doc).get(id) as Y.Map<unknown>).get('title')).toBeInstanceOf(Y.Text);
  });

  it('edits a title as a splice, so concurrent typing on two replicas merges', () => {
    const a = createWorkspaceDoc();
    const id = addAction(a, { title: 'Launch fund' });
    const b = createWorkspaceDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editActionTitle(a, id, 'Launch quantum fund');
    editActionTitle(b, id, 'Launch fund now');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(deriveActions(a)[0]?.title).toBe('Launch quantum fund now');
    expect(deriveActions(b)[0]?.title).toBe('Launch quantum fund now');
  });

  it('sets a status and records when', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'X-1 lab access' }, at('2026-07-01T10:00:00Z'));
    setActionStatus(doc, id, 'agreed', at('2026-07-02T09:00:00Z'));
    expect(deriveActions(doc)[0]).toMatchObject({ status: 'agreed', editedAt: '2026-07-02T09:00:00.000Z' });
  });

  it('rejects invalid input and leaves the document unchanged', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Valid' });
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => addAction(doc, { title: '   ' })).toThrow(OperationError);
    expect(() => addAction(doc, { title: 'x'.repeat(MAX_TITLE_LENGTH + 1) })).toThrow(/at most/);
    expect(() => setActionStatus(doc, id, 'finished' as never)).toThrow(/Unknown status "finished"/);
    expect(() => editActionTitle(doc, 'no-such-id', 'x')).toThrow(/No action with id no-such-id/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('runs each operation as one local transaction', () => {
    const doc = createWorkspaceDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const id = addAction(doc, { title: 'One' });
    editActionTitle(doc, id, 'One more');
    setActionStatus(doc, id, 'done');
    expect(origins).toEqual([LOCAL_ORIGIN, LOCAL_ORIGIN, LOCAL_ORIGIN]);
  });

  it('lists actions oldest first with the id breaking ties, the same on every replica', () => {
    const doc = createWorkspaceDoc();
    const t = at('2026-07-01T10:00:00Z');
    const ids = [addAction(doc, { title: 'b' }, t), addAction(doc, { title: 'a' }, t), addAction(doc, { title: 'first' }, at('2026-06-30T00:00:00Z'))];
    const order = deriveActions(doc).map((view) => view.id);
    expect(order[0]).toBe(ids[2]);
    expect(order.slice(1)).toEqual([ids[0], ids[1]].sort());
  });

  it('coalesces edit stamps by the same writer within a minute, but always records a new writer', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'T' }, at('2026-07-01T10:00:00Z'));
    editActionTitle(doc, id, 'Ti', at('2026-07-01T10:00:30Z'));
    expect(deriveActions(doc)[0]?.editedAt).toBe('2026-07-01T10:00:00.000Z');
    editActionTitle(doc, id, 'Tit', at('2026-07-01T10:01:00Z'));
    expect(deriveActions(doc)[0]?.editedAt).toBe('2026-07-01T10:01:00.000Z');

    const peer = createWorkspaceDoc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    setActionStatus(peer, id, 'agreed', at('2026-07-01T10:01:05Z'));
    const record = actionsMap(peer).get(id) as Y.Map<unknown>;
    expect(record.get('editedBy')).toBe(String(peer.clientID));
    expect(record.get('editedAt')).toBe('2026-07-01T10:01:05.000Z');
  });
});
