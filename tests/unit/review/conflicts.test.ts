import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editActionTitle, setActionStatus, addAction } from '../../../shared/workspace/actions';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { moveAction } from '../../../shared/workspace/board';
import { addInstitution, addPerson, setLead, setSupporting } from '../../../shared/workspace/owners';
import { actionsMap, conflictsMap, createWorkspaceDoc, initiativesMap } from '../../../shared/workspace/schema';
import { recordAuthor } from '../../../shared/workspace/authors';
import { detectConflicts } from '../../../shared/review/conflicts';
import type { ConflictEntry } from '../../../shared/review/conflict-entry';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { DANA, NOA, SAM, entries, exchange, laptop, send, type Laptop } from './replicas';

/** The shared starting point: one action, two institutions per side, a person, an initiative record. */
function baseDoc() {
  const doc = createWorkspaceDoc();
  recordAuthor(doc, NOA);
  const action = addAction(doc, { title: 'Launch the pilot' });
  const nsf = addInstitution(doc, { name: 'NSF', side: 'us', kind: 'agency' });
  const doe = addInstitution(doc, { name: 'DOE', side: 'us', kind: 'agency' });
  const iia = addInstitution(doc, { name: 'Israel Innovation Authority', side: 'israel', kind: 'agency' });
  const weiz = addInstitution(doc, { name: 'Weizmann Institute', side: 'israel', kind: 'university' });
  const rina = addPerson(doc, { name: 'Rina Katz', institution: iia });
  // An initiative record the seed left without a supporting set: two laptops may each create it.
  doc.transact(() => initiativesMap(doc).set('AI-1', new Y.Map()));
  return { doc, action, nsf, doe, iia, weiz, rina };
}

type Base = ReturnType<typeof baseDoc>;
const EVENTS = new Map([['signing', 'Compact signing']]);
const AT = new Date('2026-02-01T09:00:00Z');

interface FieldCase {
  readonly name: string;
  readonly field: ConflictEntry['field'];
  readonly kind?: 'action' | 'initiative';
  readonly dana: (doc: Y.Doc, base: Base) => void;
  readonly sam: (doc: Y.Doc, base: Base) => void;
  /** The value each side wrote, as the inbox shows it. */
  readonly danaValue: (base: Base) => unknown;
  readonly samValue: (base: Base) => unknown;
}

const CASES: readonly FieldCase[] = [
  {
    name: 'status', field: 'status',
    dana: (doc, b) => setActionStatus(doc, b.action, 'agreed', AT), sam: (doc, b) => setActionStatus(doc, b.action, 'blocked', AT),
    danaValue: () => 'agreed', samValue: () => 'blocked',
  },
  {
    name: 'tier', field: 'tier',
    dana: (doc, b) => moveAction(doc, b.action, 'appropriations', 0, AT), sam: (doc, b) => moveAction(doc, b.action, 'existing-authority', 0, AT),
    danaValue: () => 'appropriations', samValue: () => 'existing-authority',
  },
  {
    name: 'due', field: 'due',
    dana: (doc, b) => setActionDue(doc, b.action, { kind: 'date', date: '2026-06-30' }, EVENTS, AT),
    sam: (doc, b) => setActionDue(doc, b.action, { kind: 'after-event', event: 'signing', offset: { amount: 90, unit: 'days' } }, EVENTS, AT),
    danaValue: () => ({ kind: 'calendar', phrase: '2026-06-30', date: '2026-06-30' }),
    samValue: () => ({ kind: 'within', phrase: 'within 90 days of Compact signing', event: 'signing', eventStated: true, offset: { amount: 90, unit: 'days' } }),
  },
  {
    name: 'U.S. lead', field: 'usLead',
    dana: (doc, b) => setLead(doc, { kind: 'action', id: b.action }, 'us', b.nsf, null, AT),
    sam: (doc, b) => setLead(doc, { kind: 'action', id: b.action }, 'us', b.doe, null, AT),
    danaValue: (b) => ({ institution: b.nsf, person: null }), samValue: (b) => ({ institution: b.doe, person: null }),
  },
  {
    name: 'Israel lead with a named person', field: 'israelLead',
    dana: (doc, b) => setLead(doc, { kind: 'action', id: b.action }, 'israel', b.iia, b.rina, AT),
    sam: (doc, b) => setLead(doc, { kind: 'action', id: b.action }, 'israel', b.weiz, null, AT),
    danaValue: (b) => ({ institution: b.iia, person: b.rina }), samValue: (b) => ({ institution: b.weiz, person: null }),
  },
  {
    name: 'an initiative’s U.S. lead', field: 'usLead', kind: 'initiative',
    dana: (doc, b) => setLead(doc, { kind: 'initiative', id: 'AI-1' }, 'us', b.nsf, null, AT),
    sam: (doc, b) => setLead(doc, { kind: 'initiative', id: 'AI-1' }, 'us', b.doe, null, AT),
    danaValue: (b) => ({ institution: b.nsf, person: null }), samValue: (b) => ({ institution: b.doe, person: null }),
  },
  {
    name: 'supporting set created on both laptops', field: 'supporting', kind: 'initiative',
    dana: (doc, b) => setSupporting(doc, { kind: 'initiative', id: 'AI-1' }, b.weiz, true, AT),
    sam: (doc, b) => setSupporting(doc, { kind: 'initiative', id: 'AI-1' }, b.nsf, true, AT),
    danaValue: (b) => [b.weiz], samValue: (b) => [b.nsf],
  },
  {
    name: 'title', field: 'title',
    dana: (doc, b) => editActionTitle(doc, b.action, 'Fund the pilot', AT),
    sam: (doc, b) => editActionTitle(doc, b.action, 'Review the pilot', AT),
    // Current is the merged title; other is the title the detecting laptop had before the merge.
    danaValue: () => 'Fund the pilot', samValue: () => 'Review the pilot',
  },
];

function setup() {
  const base = baseDoc();
  const dana = laptop(DANA, base.doc);
  const sam = laptop(SAM, base.doc);
  return { base, dana, sam };
}

function recordId(c: FieldCase, base: Base): string {
  return c.kind === 'initiative' ? 'AI-1' : base.action;
}

describe('conflict inbox: concurrent edits of one field', () => {
  for (const c of CASES) {
    for (const order of ['Dana’s edit reaches Sam first', 'Sam’s edit reaches Dana first'] as const) {
      it(`${c.name}: one entry with both values and writers on both laptops (${order})`, () => {
        const { base, dana, sam } = setup();
        c.dana(dana.doc, base);
        c.sam(sam.doc, base);
        if (order === 'Dana’s edit reaches Sam first') send(dana, sam);
        else send(sam, dana);
        exchange([dana, sam]);
        const onDana = entries(dana.doc);
        const onSam = entries(sam.doc);
        expect([...onDana.keys()]).toEqual([...onSam.keys()]);
        expect(onDana.size).toBe(1);
        const [entry] = [...onDana.values()] as [ConflictEntry];
        expect(entry.field).toBe(c.field);
        expect(entry.record).toEqual({ kind: c.kind ?? 'action', id: recordId(c, base) });
        const writers = new Map([[String(dana.doc.clientID), c.danaValue(base)], [String(sam.doc.clientID), c.samValue(base)]]);
        expect(new Set([entry.current.by, entry.other.by])).toEqual(new Set(writers.keys()));
        if (c.field === 'title') {
          // The merged title is what both laptops now show; the other value is one side's own title.
          const merged = (actionsMap(dana.doc).get(base.action) as Y.Map<unknown>).get('title')!.toString();
          expect(entry.current.value).toBe(merged);
          expect(entry.other.value).toBe(writers.get(entry.other.by!));
        } else {
          expect(entry.current.value).toEqual(writers.get(entry.current.by!));
          expect(entry.other.value).toEqual(writers.get(entry.other.by!));
          expect(entry.current.at).toBe(AT.toISOString());
          expect(entry.other.at).toBe(AT.toISOString());
        }
        expect(dana.errors).toEqual([]);
        expect(sam.errors).toEqual([]);
      });
    }

    it(`${c.name}: sequential edits produce no entry`, () => {
      const { base, dana, sam } = setup();
      c.dana(dana.doc, base);
      exchange([dana, sam]);
      c.sam(sam.doc, base);
      exchange([dana, sam]);
      c.dana(dana.doc, base);
      exchange([dana, sam]);
      expect(conflictsMap(dana.doc).size).toBe(0);
      expect(conflictsMap(sam.doc).size).toBe(0);
    });
  }

  it('the current value is the one Yjs kept, on both laptops', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    exchange([dana, sam]);
    const kept = (actionsMap(dana.doc).get(base.action) as Y.Map<unknown>).get('status');
    expect((actionsMap(sam.doc).get(base.action) as Y.Map<unknown>).get('status')).toBe(kept);
    expect([...entries(dana.doc).values()][0]?.current.value).toBe(kept);
  });

  it('two laptops that chose the same value have nothing to decide', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'agreed', AT);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
  });

  it('edits to different fields of one action are not a conflict', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionDue(sam.doc, base.action, { kind: 'date', date: '2026-05-01' }, EVENTS, AT);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
  });

  it('several local edits against one remote edit: the entry holds each side’s latest value', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(dana.doc, base.action, 'in-progress', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    exchange([dana, sam]);
    const [entry] = [...entries(sam.doc).values()];
    const values = new Set([entry?.current.value, entry?.other.value]);
    expect(values).toEqual(new Set(['in-progress', 'blocked']));
    expect(entries(dana.doc).size).toBe(1);
  });

  it('a value set on one laptop and cleared there, against a concurrent value: the clear is the other side', () => {
    const { base, dana, sam } = setup();
    setActionDue(dana.doc, base.action, { kind: 'date', date: '2026-06-30' }, EVENTS, AT);
    setActionDue(dana.doc, base.action, null, EVENTS, AT);
    setActionDue(sam.doc, base.action, { kind: 'date', date: '2026-07-31' }, EVENTS, AT);
    exchange([dana, sam]);
    const all = [...entries(sam.doc).values()];
    expect(all).toHaveLength(1);
    const sides = [all[0]!.current, all[0]!.other];
    // A clear is a write of its own (null), so the inbox says who cleared.
    expect(sides.some((side) => side.value === null && side.by === String(dana.doc.clientID))).toBe(true);
    expect(sides.some((side) => (side.value as { date?: string } | null)?.date === '2026-07-31')).toBe(true);
  });

  it('a clear racing a set is a conflict (a clear is written as null, never as a delete Yjs would drop)', () => {
    const { base, dana, sam } = setup();
    setActionDue(dana.doc, base.action, { kind: 'date', date: '2026-06-30' }, EVENTS, AT);
    exchange([dana, sam]);
    expect(entries(sam.doc).size).toBe(0);
    setActionDue(dana.doc, base.action, null, EVENTS, AT);
    setActionDue(sam.doc, base.action, { kind: 'date', date: '2026-07-31' }, EVENTS, AT);
    exchange([dana, sam]);
    for (const laptop of [dana, sam]) {
      const all = [...entries(laptop.doc).values()];
      expect(all).toHaveLength(1);
      const sides = [all[0]!.current, all[0]!.other];
      expect(sides.find((side) => side.value === null)?.by).toBe(String(dana.doc.clientID));
      expect(sides.find((side) => side.value !== null)?.by).toBe(String(sam.doc.clientID));
    }
  });

  it('concurrent title edits in separate parts of the title merge without an entry', () => {
    const { base, dana, sam } = setup();
    editActionTitle(dana.doc, base.action, 'Launch the AI pilot', AT);
    editActionTitle(sam.doc, base.action, 'Launch the pilot now', AT);
    exchange([dana, sam]);
    expect((actionsMap(dana.doc).get(base.action) as Y.Map<unknown>).get('title')!.toString()).toBe('Launch the AI pilot now');
    expect(conflictsMap(dana.doc).size).toBe(0);
  });

  it('typing into the same place of a title is a conflict, showing the local title and the merged one', () => {
    const { base, dana, sam } = setup();
    editActionTitle(dana.doc, base.action, 'Launch the AI pilot', AT);
    editActionTitle(sam.doc, base.action, 'Launch the quantum pilot', AT);
    send(sam, dana);
    const [entry] = [...entries(dana.doc).values()];
    expect(entry?.other).toMatchObject({ value: 'Launch the AI pilot', by: String(dana.doc.clientID) });
    expect(entry?.current.value).toMatch(/^Launch the (AI quantum|quantum AI) pilot$/);
    expect(entry?.current.by).toBe(String(sam.doc.clientID));
  });

  it('files nothing it would refuse from a peer (a record id longer than any entry may carry)', () => {
    const base = createWorkspaceDoc();
    const id = 'x'.repeat(300);
    base.transact(() => {
      const record = new Y.Map<unknown>();
      record.set('title', new Y.Text('Hostile'));
      record.set('status', 'proposed');
      actionsMap(base).set(id, record);
    });
    const dana = laptop(DANA, base);
    const sam = laptop(SAM, base);
    setActionStatus(dana.doc, id, 'agreed', AT);
    setActionStatus(sam.doc, id, 'blocked', AT);
    exchange([dana, sam]);
    expect(conflictsMap(dana.doc).size).toBe(0);
    expect(dana.errors).toEqual([]);
  });

  it('works the same for merges from a file', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    send(sam, dana, 'file');
    expect(conflictsMap(dana.doc).size).toBe(1);
  });

  it('a load or another tab’s mirror is not a merge and files nothing', () => {
    const { base, dana, sam } = setup();
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    Y.applyUpdate(dana.doc, Y.encodeStateAsUpdate(sam.doc), Symbol('load'));
    expect(conflictsMap(dana.doc).size).toBe(0);
  });

  it('reads the losing value in afterTransaction, before Yjs garbage-collects it', () => {
    const { base, dana, sam } = setup();
    expect(dana.doc.gc).toBe(true);
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    let during: ReturnType<typeof detectConflicts> | null = null;
    dana.doc.once('afterTransaction', (tr: Y.Transaction) => { during = detectConflicts(dana.doc, tr, AT); });
    send(sam, dana);
    const found = [...(during as unknown as Map<string, ConflictEntry>).values()];
    expect(found.map((e) => [e.current.value, e.other.value].sort())).toEqual([['agreed', 'blocked']]);
    // After the transaction, the loser's content is gone: reading later could not have shown it.
    const record = actionsMap(dana.doc).get(base.action) as Y.Map<unknown>;
    const loser = record._map.get('status')!.left as Y.Item;
    expect(loser.content).toBeInstanceOf(Y.ContentDeleted);
  });

  it('a laptop that merges two others’ concurrent values files the same key they do', () => {
    const base = baseDoc();
    const dana = laptop(DANA, base.doc);
    const sam = laptop(SAM, base.doc);
    const noa: Laptop = laptop(NOA, base.doc);
    setActionStatus(dana.doc, base.action, 'agreed', AT);
    setActionStatus(sam.doc, base.action, 'blocked', AT);
    // Noa receives both in one file, before Dana and Sam have met.
    const both = Y.mergeUpdates([Y.encodeStateAsUpdate(dana.doc), Y.encodeStateAsUpdate(sam.doc)]);
    Y.applyUpdate(noa.doc, both, new RemoteOrigin('file', 'both'));
    send(sam, dana);
    expect([...entries(noa.doc).keys()]).toEqual([...entries(dana.doc).keys()]);
    exchange([dana, sam, noa]);
    expect(entries(sam.doc).size).toBe(1);
  });
});
