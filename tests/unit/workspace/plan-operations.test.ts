import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveBoard } from '../../../shared/plan/board-view';
import { deriveActions } from '../../../shared/workspace/action-view';
import { setActionDeleted, setActionDue } from '../../../shared/workspace/action-edits';
import { addAction } from '../../../shared/workspace/actions';
import { moveAction, moveActionBy } from '../../../shared/workspace/board';
import { addDependency } from '../../../shared/workspace/dependencies';
import { keysForMove } from '../../../shared/workspace/ordering';
import { addInstitution, addPerson, setLead, setSupporting } from '../../../shared/workspace/owners';
import { actionsMap, createWorkspaceDoc, institutionsMap } from '../../../shared/workspace/schema';

const lane = (doc: Y.Doc, index: number) => deriveBoard(deriveActions(doc)).lanes[index]!.actions.map((a) => a.title);

describe('the board', () => {
  it('adds to the end of a lane and moves within and across lanes', () => {
    const doc = createWorkspaceDoc();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => addAction(doc, { title, tier: 'appropriations' }));
    expect(lane(doc, 2)).toEqual(['A', 'B', 'C']);
    moveAction(doc, c!, 'appropriations', 0);
    expect(lane(doc, 2)).toEqual(['C', 'A', 'B']);
    moveActionBy(doc, c!, 1);
    expect(lane(doc, 2)).toEqual(['A', 'C', 'B']);
    moveAction(doc, a!, 'feasibility-review', 0);
    expect(lane(doc, 2)).toEqual(['C', 'B']);
    expect(lane(doc, 3)).toEqual(['A']);
    moveAction(doc, b!, null, 5);
    expect(lane(doc, 0)).toEqual(['B']);
    expect(deriveActions(doc).find((v) => v.id === b)?.tier).toBeNull();
  });

  it('re-keys tied or unreadable neighbours so a place between them exists', () => {
    const tied = [{ id: 'x', order: 'a1' }, { id: 'y', order: 'a1' }];
    const keys = keysForMove(tied, 1, 'm');
    const order = ['x', 'm', 'y'].map((id) => keys.get(id) ?? tied.find((item) => item.id === id)?.order ?? '');
    expect([...order].sort()).toEqual(order);
    expect(new Set(order).size).toBe(3);
    expect(keys.size).toBe(2);
    const broken = keysForMove([{ id: 'x', order: '' }, { id: 'y', order: 'a2' }], 1, 'm');
    expect([...broken.keys()].sort()).toEqual(['m', 'x']);
    expect(broken.get('x')! < broken.get('m')! && broken.get('m')! < 'a2').toBe(true);
  });

  it('keeps deleted actions out of the lanes until restored', () => {
    const doc = createWorkspaceDoc();
    const a = addAction(doc, { title: 'A' });
    setActionDeleted(doc, a, true);
    expect(deriveBoard(deriveActions(doc)).lanes[0]!.actions).toHaveLength(0);
    expect(deriveBoard(deriveActions(doc)).deleted.map((v) => v.title)).toEqual(['A']);
    expect(() => moveAction(doc, a, 'appropriations', 0)).toThrow(/restore it first/);
    setActionDeleted(doc, a, false);
    expect(lane(doc, 0)).toEqual(['A']);
  });
});

describe('dependencies, due dates and owners', () => {
  it('refuses a cycle, naming it, and changes nothing', () => {
    const doc = createWorkspaceDoc();
    const [a, b, c] = ['Fund', 'Call', 'Pilot'].map((title) => addAction(doc, { title }));
    addDependency(doc, b!, a!);
    addDependency(doc, c!, b!);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => addDependency(doc, a!, c!)).toThrow('That would make a cycle: “\u2068Fund\u2069” → “\u2068Pilot\u2069” → “\u2068Call\u2069” → “\u2068Fund\u2069”.');
    expect(() => addDependency(doc, a!, a!)).toThrow('An action cannot depend on itself.');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('takes a date or an event offset, and refuses what is not one', () => {
    const doc = createWorkspaceDoc();
    const a = addAction(doc, { title: 'A' });
    const events = new Map([['compact-signing', 'Compact signing']]);
    setActionDue(doc, a, { kind: 'after-event', event: 'compact-signing', offset: { amount: 45, unit: 'days' } }, events);
    expect(deriveActions(doc)[0]!.due).toMatchObject({ kind: 'within', phrase: 'within 45 days of Compact signing' });
    setActionDue(doc, a, { kind: 'date', date: '2026-12-01' }, events);
    expect(deriveActions(doc)[0]!.due).toMatchObject({ kind: 'calendar', date: '2026-12-01' });
    expect(() => setActionDue(doc, a, { kind: 'date', date: '2026-02-30' }, events)).toThrow('2026-02-30 is not a day in the calendar.');
    expect(() => setActionDue(doc, a, { kind: 'after-event', event: 'nope', offset: { amount: 1, unit: 'days' } }, events)).toThrow(/no anchor event/);
    setActionDue(doc, a, null, events);
    expect(deriveActions(doc)[0]!.due).toBeNull();
  });

  it('assigns leads by side, persons at the lead institution, and supporting owners', () => {
    const doc = createWorkspaceDoc();
    const us = addInstitution(doc, { name: 'Department of Energy', side: 'us', kind: 'agency' });
    const il = addInstitution(doc, { name: 'משרד האנרגיה', side: 'israel', kind: 'ministry' });
    const person = addPerson(doc, { name: 'Noa Cohen', institution: il });
    const a = addAction(doc, { title: 'A' });
    setLead(doc, { kind: 'action', id: a }, 'us', us);
    setLead(doc, { kind: 'action', id: a }, 'israel', il, person);
    setSupporting(doc, { kind: 'action', id: a }, us, true);
    expect(deriveActions(doc)[0]).toMatchObject({ usLead: us, israelLead: il, israelLeadPerson: person, supporting: [us] });
    expect(() => setLead(doc, { kind: 'action', id: a }, 'israel', us)).toThrow('Department of Energy is not an Israeli institution.');
    expect(() => setLead(doc, { kind: 'action', id: a }, 'us', us, person)).toThrow('The named person must work at the lead institution.');
    expect(() => addInstitution(doc, { name: '  ', side: 'us', kind: 'agency' })).toThrow('A name is needed.');
    expect(institutionsMap(doc).size).toBe(2);
    expect(actionsMap(doc).size).toBe(1);
  });
});

describe('keys for a move', () => {
  it('rewrite only what breaks the order: the moving item, then only tied or unreadable neighbours', () => {
    const lane = [{ id: 'a', order: 'a0' }, { id: 'b', order: 'a1' }, { id: 'c', order: 'a1' }, { id: 'd', order: 'a2' }, { id: 'e', order: 'a3' }];
    expect([...keysForMove(lane, 4, 'm').keys()]).toEqual(['m']);
    const tie = keysForMove(lane, 2, 'm');
    expect(tie.size).toBe(2);
    const final = ['a', 'b', 'm', 'c', 'd', 'e'].map((id) => tie.get(id) ?? lane.find((item) => item.id === id)!.order);
    expect([...final].sort()).toEqual(final);
    expect(new Set(final).size).toBe(final.length);
  });

  it('always yield a strictly increasing lane, whatever the keys (property)', async () => {
    const fc = (await import('fast-check')).default;
    const key = fc.oneof(fc.constantFrom('', 'zz', 'not a key', 'a0', 'a1', 'a1', 'a2', 'Zz', 'a1V', 'b10'));
    fc.assert(fc.property(fc.array(key, { maxLength: 12 }), fc.nat(12), (orders, index) => {
      const lane = orders.map((order, i) => ({ id: `i${String(i).padStart(2, '0')}`, order }));
      const at = Math.min(index, lane.length);
      const keys = keysForMove(lane, at, 'm');
      const ids = [...lane.slice(0, at).map((item) => item.id), 'm', ...lane.slice(at).map((item) => item.id)];
      const final = ids.map((id) => keys.get(id) ?? lane.find((item) => item.id === id)!.order);
      // The moved item sits strictly between its neighbours; elsewhere ties may remain (id breaks them).
      const m = ids.indexOf('m');
      if (m > 0) expect(final[m - 1]! < final[m]!).toBe(true);
      if (m < final.length - 1) expect(final[m]! < final[m + 1]!).toBe(true);
      for (let i = 1; i < final.length; i++) expect(final[i - 1]! <= final[i]!).toBe(true);
    }));
  });
});

describe('lead and named person edited concurrently', () => {
  it('never show a person with an institution they do not work at', async () => {
    const { deriveInitiativeOwners } = await import('../../../shared/workspace/owner-view');
    const a = createWorkspaceDoc();
    const x = addInstitution(a, { name: 'Institution X', side: 'us', kind: 'agency' });
    const y = addInstitution(a, { name: 'Institution Y', side: 'us', kind: 'agency' });
    const p = addPerson(a, { name: 'Pat at X', institution: x });
    const action = addAction(a, { title: 'A' });
    a.transact(() => (a.getMap('initiatives') as Y.Map<unknown>).set('AI-1', new Y.Map()));
    const b = createWorkspaceDoc();
    // Yjs lets the higher client id win a concurrent map write. B writes its lead and (as null, a
    // clear is a write) its person, so both of B's writes win together: no mismatch can arise.
    b.clientID = a.clientID + 1;
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const target of [{ kind: 'action' as const, id: action }, { kind: 'initiative' as const, id: 'AI-1' }]) {
      setLead(a, target, 'us', x, p);
      setLead(b, target, 'us', y);
    }
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const view = deriveActions(doc).find((v) => v.id === action)!;
      const owners = deriveInitiativeOwners(doc).get('AI-1')!;
      expect(view).toMatchObject({ usLead: y, usLeadPerson: null });
      expect(owners).toMatchObject({ usLead: y, usLeadPerson: null });
      expect(view.problems).toEqual([]);
    }
  });
});
