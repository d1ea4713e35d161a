import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { addInstitution, addPerson, setLead } from '../../../shared/workspace/owners';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, conflictResolutionsMap, conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { deriveActions } from '../../../shared/workspace/action-view';
import { deriveInbox } from '../../../shared/review/inbox';
import { resolveConflicts } from '../../../shared/review/conflict-resolution';
import { OperationError } from '../../../shared/workspace/actions';
import { DANA, NOA, SAM, exchange, laptop } from './replicas';

const AT = new Date('2026-02-01T09:00:00Z');
const LATER = new Date('2026-02-02T15:30:00Z');

function conflicted(edit: (doc: Y.Doc, id: string, side: 'dana' | 'sam') => void) {
  const base = createWorkspaceDoc();
  recordAuthor(base, NOA);
  const id = addAction(base, { title: 'Launch the pilot' });
  const dana = laptop(DANA, base);
  const sam = laptop(SAM, base);
  edit(dana.doc, id, 'dana');
  edit(sam.doc, id, 'sam');
  exchange([dana, sam]);
  return { id, dana, sam };
}

const status = (doc: Y.Doc, id: string) => deriveActions(doc).find((view) => view.id === id)?.status;

describe('conflict inbox: reading and resolving', () => {
  it('lists the open entry with both writers’ identities resolvable, on both laptops', () => {
    const { dana, sam } = conflicted((doc, id, side) => setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT));
    for (const { doc } of [dana, sam]) {
      const inbox = deriveInbox(doc);
      expect(inbox.open).toHaveLength(1);
      expect(inbox.open[0]?.field).toBe('status');
      expect(inbox.open[0]?.others).toHaveLength(1);
      expect([inbox.open[0]?.current.who, inbox.open[0]?.others[0]?.who]).toEqual(expect.arrayContaining([DANA, SAM]));
      expect(inbox.resolved).toEqual([]);
    }
  });

  it('using the other value writes it as a local edit, and the resolution leaves the inbox on both laptops', () => {
    const { id, dana, sam } = conflicted((doc, id, side) => setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT));
    const group = deriveInbox(dana.doc).open[0]!;
    const other = group.others[0]!.value;
    resolveConflicts(dana.doc, group.items.map((item) => item.key), other, LATER);
    expect(status(dana.doc, id)).toBe(other);
    exchange([dana, sam]);
    expect(status(sam.doc, id)).toBe(other);
    for (const { doc } of [dana, sam]) {
      const inbox = deriveInbox(doc);
      expect(inbox.open).toEqual([]);
      expect(inbox.resolved).toHaveLength(1);
      expect(inbox.resolved[0]?.resolution).toEqual({ choice: 'other', at: LATER.toISOString(), by: DANA });
    }
    // The chosen value is a sequential edit on top of both: no new conflict anywhere.
    expect(conflictsMap(sam.doc).size).toBe(1);
  });

  it('keeping the current value changes nothing in the record and syncs the decision', () => {
    const { id, dana, sam } = conflicted((doc, id, side) => setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT));
    const before = status(sam.doc, id);
    const group = deriveInbox(sam.doc).open[0]!;
    resolveConflicts(sam.doc, group.items.map((item) => item.key), undefined, LATER);
    exchange([dana, sam]);
    expect(status(dana.doc, id)).toBe(before);
    expect(deriveInbox(dana.doc).open).toEqual([]);
    expect(deriveInbox(dana.doc).resolved[0]?.resolution?.by).toEqual(SAM);
  });

  it('resolving on both laptops at once still leaves the entry resolved everywhere', () => {
    const { dana, sam } = conflicted((doc, id, side) => setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT));
    const keys = deriveInbox(dana.doc).open[0]!.items.map((item) => item.key);
    resolveConflicts(dana.doc, keys, undefined, LATER);
    resolveConflicts(sam.doc, keys, undefined, LATER);
    exchange([dana, sam]);
    expect(deriveInbox(dana.doc).open).toEqual([]);
    expect(deriveInbox(sam.doc).open).toEqual([]);
  });

  it('restores the title this laptop had before the merge', () => {
    const { id, dana, sam } = conflicted((doc, id, side) => editActionTitle(doc, id, side === 'dana' ? 'Fund the pilot' : 'Review the pilot', AT));
    const group = deriveInbox(dana.doc).open[0]!;
    expect(group.field).toBe('title');
    const mine = group.others.find((side) => side.by === String(dana.doc.clientID)) ?? group.others[0]!;
    resolveConflicts(dana.doc, group.items.map((item) => item.key), mine.value, LATER);
    exchange([dana, sam]);
    const title = deriveActions(sam.doc).find((view) => view.id === id)?.title;
    expect(title).toBe(mine.value);
    expect(deriveInbox(sam.doc).open).toEqual([]);
  });

  it('restores a lead with its named person', () => {
    const base = createWorkspaceDoc();
    recordAuthor(base, NOA);
    const id = addAction(base, { title: 'Launch the pilot' });
    const iia = addInstitution(base, { name: 'Israel Innovation Authority', side: 'israel', kind: 'agency' });
    const weiz = addInstitution(base, { name: 'Weizmann Institute', side: 'israel', kind: 'university' });
    const rina = addPerson(base, { name: 'Rina Katz', institution: iia });
    const dana = laptop(DANA, base);
    const sam = laptop(SAM, base);
    setLead(dana.doc, { kind: 'action', id }, 'israel', iia, rina, AT);
    setLead(sam.doc, { kind: 'action', id }, 'israel', weiz, null, AT);
    exchange([dana, sam]);
    const group = deriveInbox(sam.doc).open[0]!;
    const other = group.others[0]!.value;
    expect([group.current.value, other]).toEqual(expect.arrayContaining([{ institution: iia, person: rina }, { institution: weiz, person: null }]));
    resolveConflicts(sam.doc, group.items.map((item) => item.key), other, LATER);
    exchange([dana, sam]);
    const view = deriveActions(dana.doc).find((v) => v.id === id)!;
    expect({ institution: view.israelLead, person: view.israelLeadPerson }).toEqual(other);
  });

  it('refuses a value that is not in conflict, and entries of two fields at once', () => {
    const { dana } = conflicted((doc, id, side) => {
      setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT);
      setActionDue(doc, id, { kind: 'date', date: side === 'dana' ? '2026-06-30' : '2026-07-31' }, new Map(), AT);
    });
    const inbox = deriveInbox(dana.doc);
    expect(inbox.open).toHaveLength(2);
    const statusGroup = inbox.open.find((group) => group.field === 'status')!;
    expect(() => resolveConflicts(dana.doc, statusGroup.items.map((i) => i.key), 'dropped', LATER)).toThrow(OperationError);
    expect(() => resolveConflicts(dana.doc, inbox.open.flatMap((g) => g.items.map((i) => i.key)), undefined, LATER)).toThrow(OperationError);
    expect(conflictResolutionsMap(dana.doc).size).toBe(0);
  });

  it('a resolution written in someone else’s name does not close the entry', () => {
    const { sam, dana } = conflicted((doc, id, side) => setActionStatus(doc, id, side === 'dana' ? 'agreed' : 'blocked', AT));
    const key = deriveInbox(sam.doc).open[0]!.items[0]!.key;
    sam.doc.transact(() => conflictResolutionsMap(sam.doc).set(key, { v: 1, choice: 'current', by: String(dana.doc.clientID), at: LATER.toISOString() }));
    const inbox = deriveInbox(sam.doc);
    expect(inbox.open).toHaveLength(1);
    expect(inbox.unreadable).toBe(1);
  });

  it('malformed entries from a peer are counted and left out, never shown half-read', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'x' });
    const good = {
      v: 1, record: { kind: 'action', id }, field: 'status', detectedAt: AT.toISOString(),
      current: { value: 'agreed', by: '12', at: null }, other: { value: 'blocked', by: '13', at: AT.toISOString() },
    };
    doc.transact(() => {
      const inbox = conflictsMap(doc);
      inbox.set(`action:${id}/status/a`, good);
      inbox.set(`action:${id}/status/b`, { ...good, field: 'colour' });
      inbox.set(`action:${id}/status/c`, { ...good, current: { value: 42, by: '12', at: null } });
      inbox.set(`action:other/status/d`, good);
      inbox.set(`action:${id}/due/e`, { ...good, field: 'due', current: { value: { kind: 'calendar' }, by: null, at: null } });
      inbox.set(`action:${id}/status/f`, 'not an object');
      inbox.set(`action:${id}/status/g`, new Y.Map());
    });
    const inbox = deriveInbox(doc);
    expect(inbox.open.flatMap((g) => g.items.map((i) => i.key))).toEqual([`action:${id}/status/a`]);
    expect(inbox.unreadable).toBe(6);
    expect(actionsMap(doc).size).toBe(1);
  });
});
