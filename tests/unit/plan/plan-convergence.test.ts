import { describe, expect, it } from 'vitest';
import { peerDelivery } from '../support/peer-delivery';
import fc from 'fast-check';
import * as Y from 'yjs';
import { TIERS, type Tier } from '../../../shared/compact/types';
import { deriveBoard } from '../../../shared/plan/board-view';
import { deriveOwnerMatrix } from '../../../shared/plan/owner-matrix';
import { deriveTimeline } from '../../../shared/plan/timeline';
import { ACTION_STATUSES } from '../../../shared/workspace/action-status';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { editActionDescription, setActionDeleted, setActionDue, setActionInitiative } from '../../../shared/workspace/action-edits';
import { createUndoManager, undoOwnChange } from '../../../shared/workspace/undo';
import { derivePeople } from '../../../shared/workspace/owner-view';
import { addAction, editActionTitle, OperationError, setActionStatus } from '../../../shared/workspace/actions';
import { moveAction, moveActionBy } from '../../../shared/workspace/board';
import { addDependency, removeDependency } from '../../../shared/workspace/dependencies';
import { deriveEventDates, setEventDate } from '../../../shared/workspace/event-dates';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners } from '../../../shared/workspace/owner-view';
import { addInstitution, addPerson, setLead, setSupporting } from '../../../shared/workspace/owners';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

/**
 * Convergence of the whole plan model (Yjs's own test style): four replicas, all created from the
 * canonical seed, apply random sequences of every plan operation while their messages are
 * delivered at random moments, in random order, some held back until the end (partitions).
 * After everything is delivered every replica must derive identical views, with the board's
 * invariants intact: each live action in exactly one lane, once; none lost; dependency cycles
 * made by concurrent edits flagged, never looped on; owner references resolved or flagged.
 * Delivery takes the production path (peer-delivery.ts): PeerSession over in-memory pipes, each
 * merge through the replica's ShadowGate and its semantic gate, which must refuse nothing here.
 */
const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const REPLICAS = 4;
const EVENTS = new Set(compact.events.map((event) => event.id));
const EVENT_NAMES = new Map(compact.events.map((event) => [event.id, event.name]));
const US = compact.institutions.filter((i) => i.side === 'us').map((i) => i.id);
const IL = compact.institutions.filter((i) => i.side === 'israel').map((i) => i.id);
const CODES = compact.recommendations.map((rec) => rec.code);
const lane = fc.constantFrom<Tier | null>(null, ...TIERS);
const replica = fc.nat(REPLICAS - 1);
const pick = fc.nat();
const words = fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim().length > 0);

type Op =
  | { kind: 'deliver'; count: number }
  | { kind: 'add'; replica: number; title: string; tier: Tier | null }
  | { kind: 'rename'; replica: number; pick: number; title: string }
  | { kind: 'describe'; replica: number; pick: number; text: string }
  | { kind: 'status'; replica: number; pick: number; status: (typeof ACTION_STATUSES)[number] }
  | { kind: 'move'; replica: number; pick: number; tier: Tier | null; index: number }
  | { kind: 'nudge'; replica: number; pick: number; delta: -1 | 1 }
  | { kind: 'due'; replica: number; pick: number; days: number; byEvent: boolean }
  | { kind: 'depend'; replica: number; pick: number; on: number }
  | { kind: 'undepend'; replica: number; pick: number; on: number }
  | { kind: 'lead'; replica: number; pick: number; initiative: boolean; us: boolean; institution: number; clear: boolean }
  | { kind: 'support'; replica: number; pick: number; institution: number; on: boolean }
  | { kind: 'delete'; replica: number; pick: number; deleted: boolean }
  | { kind: 'institution'; replica: number; name: string; us: boolean }
  | { kind: 'signing'; replica: number; day: number }
  | { kind: 'undo'; replica: number; redo: boolean }
  | { kind: 'link'; replica: number; pick: number; code: number; none: boolean }
  | { kind: 'person'; replica: number; pick: number; us: boolean; institution: number; initiative: boolean }
  | { kind: 'supportInitiative'; replica: number; pick: number; institution: number; on: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 6 }) }), weight: 4 },
  fc.record({ kind: fc.constant('add' as const), replica, title: words, tier: lane }),
  fc.record({ kind: fc.constant('rename' as const), replica, pick, title: words }),
  fc.record({ kind: fc.constant('describe' as const), replica, pick, text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('status' as const), replica, pick, status: fc.constantFrom(...ACTION_STATUSES) }),
  { arbitrary: fc.record({ kind: fc.constant('move' as const), replica, pick, tier: lane, index: fc.nat(40) }), weight: 3 },
  fc.record({ kind: fc.constant('nudge' as const), replica, pick, delta: fc.constantFrom<-1 | 1>(-1, 1) }),
  fc.record({ kind: fc.constant('due' as const), replica, pick, days: fc.nat(400), byEvent: fc.boolean() }),
  { arbitrary: fc.record({ kind: fc.constant('depend' as const), replica, pick, on: pick }), weight: 3 },
  fc.record({ kind: fc.constant('undepend' as const), replica, pick, on: pick }),
  fc.record({ kind: fc.constant('lead' as const), replica, pick, initiative: fc.boolean(), us: fc.boolean(), institution: pick, clear: fc.boolean() }),
  fc.record({ kind: fc.constant('support' as const), replica, pick, institution: pick, on: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), replica, pick, deleted: fc.boolean() }),
  fc.record({ kind: fc.constant('institution' as const), replica, name: words, us: fc.boolean() }),
  fc.record({ kind: fc.constant('signing' as const), replica, day: fc.integer({ min: 1, max: 28 }) }),
  { arbitrary: fc.record({ kind: fc.constant('undo' as const), replica, redo: fc.boolean() }), weight: 2 },
  fc.record({ kind: fc.constant('link' as const), replica, pick, code: pick, none: fc.boolean() }),
  fc.record({ kind: fc.constant('person' as const), replica, pick, us: fc.boolean(), institution: pick, initiative: fc.boolean() }),
  fc.record({ kind: fc.constant('supportInitiative' as const), replica, pick, institution: pick, on: fc.boolean() }),
);
const ALL_CODES = new Set([...CODES, ...compact.funding.mechanisms.map((m) => m.code)]);

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length ? list[index % list.length] : undefined;
}

function apply(doc: Y.Doc, o: Exclude<Op, { kind: 'deliver' }>, undo: Y.UndoManager): void {
  const live = deriveActions(doc).filter((a) => !a.deleted).map((a) => a.id);
  const all = deriveActions(doc).map((a) => a.id);
  const id = 'pick' in o ? at(o.kind === 'delete' ? all : live, o.pick) : undefined;
  try {
    switch (o.kind) {
      case 'add': addAction(doc, { title: o.title, ...(o.tier ? { tier: o.tier } : {}) }); return;
      case 'institution': addInstitution(doc, { name: o.name, side: o.us ? 'us' : 'israel', kind: 'agency' }); return;
      case 'signing': setEventDate(doc, 'compact-signing', `2026-09-${String(o.day).padStart(2, '0')}`, EVENTS); return;
      case 'undo': if (o.redo) undo.redo(); else undoOwnChange(doc, undo); return;
      case 'supportInitiative': setSupporting(doc, { kind: 'initiative', id: at(CODES, o.pick)! }, at([...US, ...IL], o.institution)!, o.on); return;
    }
    if (!id) return;
    switch (o.kind) {
      case 'rename': editActionTitle(doc, id, o.title); break;
      case 'describe': editActionDescription(doc, id, o.text); break;
      case 'status': setActionStatus(doc, id, o.status); break;
      case 'move': moveAction(doc, id, o.tier, o.index); break;
      case 'nudge': moveActionBy(doc, id, o.delta); break;
      case 'due': setActionDue(doc, id, o.byEvent
        ? { kind: 'after-event', event: 'compact-signing', offset: { amount: o.days, unit: 'days' } }
        : { kind: 'date', date: `2027-0${1 + (o.days % 9)}-1${o.days % 10}` }, EVENT_NAMES); break;
      case 'depend': addDependency(doc, id, at(live, o.on)!); break;
      case 'undepend': removeDependency(doc, id, at(live, o.on)!); break;
      case 'lead': {
        const side = o.us ? 'us' : 'israel';
        const institution = o.clear ? null : at(o.us ? US : IL, o.institution)!;
        const target = o.initiative ? { kind: 'initiative' as const, id: at(CODES, o.pick)! } : { kind: 'action' as const, id };
        setLead(doc, target, side, institution);
        break;
      }
      case 'support': setSupporting(doc, { kind: 'action', id }, at([...US, ...IL], o.institution)!, o.on); break;
      case 'delete': setActionDeleted(doc, id, o.deleted); break;
      case 'link': setActionInitiative(doc, id, o.none ? null : at([...ALL_CODES], o.code)!, ALL_CODES); break;
      case 'person': {
        const institution = at(o.us ? US : IL, o.institution)!;
        const person = addPerson(doc, { name: `Person ${o.pick}`, institution });
        const target = o.initiative ? { kind: 'initiative' as const, id: at(CODES, o.pick)! } : { kind: 'action' as const, id };
        setLead(doc, target, o.us ? 'us' : 'israel', institution, person);
        break;
      }
    }
  } catch (error) {
    // Refusals (a cycle, a deleted action moved) are part of the model: they change nothing.
    if (!(error instanceof OperationError)) throw error;
  }
}

/** Everything the views show, in comparable form. */
function snapshot(doc: Y.Doc) {
  const actions = deriveActions(doc);
  const board = deriveBoard(actions);
  const directory = deriveInstitutions(doc);
  const dates = deriveEventDates(doc).dates;
  const timeline = deriveTimeline(actions, compact, dates, '2027-01-01', 'tier');
  const matrix = deriveOwnerMatrix(compact, deriveInitiativeOwners(doc), actions, directory);
  return {
    actions,
    lanes: board.lanes.map((l) => ({ tier: l.tier, ids: l.actions.map((a) => a.id) })),
    deleted: board.deleted.map((a) => a.id),
    cycles: timeline.analysis.cycles,
    critical: timeline.analysis.criticalPath,
    matrix: matrix.map((row) => ({ id: row.id, cells: [...row.cells], gaps: row.gaps, unknown: row.unknownInstitutions })),
    institutions: [...directory.keys()].sort(),
    dates: [...dates],
  };
}

/** Independent check for a cycle among live actions: depth-first search with colours. */
function hasCycle(actions: readonly ActionView[]): boolean {
  const live = new Map(actions.filter((a) => !a.deleted).map((a) => [a.id, a.dependsOn]));
  const colour = new Map<string, 1 | 2>();
  const visit = (id: string): boolean => {
    colour.set(id, 1);
    for (const next of live.get(id) ?? []) {
      if (!live.has(next)) continue;
      if (colour.get(next) === 1 || (!colour.has(next) && visit(next))) return true;
    }
    colour.set(id, 2);
    return false;
  };
  return [...live.keys()].some((id) => !colour.has(id) && visit(id));
}

describe('plan convergence', () => {
  it('replicas applying every plan operation offline, merged in any order, end identical with invariants intact', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 45 }), fc.infiniteStream(fc.nat()), (ops, order) => {
        const docs = Array.from({ length: REPLICAS }, () => {
          const doc = createWorkspaceDoc();
          applySeed(doc, seed);
          return doc;
        });
        const undos = docs.map((doc) => createUndoManager(doc));
        const delivery = peerDelivery(docs, order);
        for (const o of ops) {
          if (o.kind === 'deliver') delivery.deliver(o.count);
          else apply(docs[o.replica]!, o, undos[o.replica]!);
        }
        delivery.deliver(Number.POSITIVE_INFINITY);
        delivery.close();
        expect(delivery.problems).toEqual([]);

        const views = docs.map(snapshot);
        for (const view of views.slice(1)) expect(view).toEqual(views[0]);
        const { actions, lanes, deleted, cycles, matrix, institutions } = views[0]!;
        const live = actions.filter((a) => !a.deleted).map((a) => a.id).sort();
        const placed = lanes.flatMap((l) => l.ids);
        expect([...placed].sort()).toEqual(live);
        expect(new Set(placed).size).toBe(placed.length);
        expect(deleted.length + placed.length).toBe(actions.length);
        expect(cycles.length > 0).toBe(hasCycle(actions));
        // Independently of the matrix code: every owner reference of every action and initiative
        // either resolves in the directory or is listed as unknown on its row; every named person
        // shown works at the lead institution.
        const unknownByRow = new Map(matrix.map((row) => [row.id, row.unknown]));
        const owners = deriveInitiativeOwners(docs[0]!);
        const people = derivePeople(docs[0]!);
        const references: [string, readonly (string | null)[], [string | null, string | null][]][] = [
          ...actions.filter((a) => !a.deleted).map((a): [string, (string | null)[], [string | null, string | null][]] =>
            [a.id, [a.usLead, a.israelLead, ...a.supporting], [[a.usLead, a.usLeadPerson], [a.israelLead, a.israelLeadPerson]]]),
          ...CODES.map((code): [string, (string | null)[], [string | null, string | null][]] => {
            const o = owners.get(code)!;
            return [code, [o.usLead, o.israelLead, ...o.supporting], [[o.usLead, o.usLeadPerson], [o.israelLead, o.israelLeadPerson]]];
          }),
        ];
        for (const [row, ids, leads] of references) {
          for (const id of ids) {
            if (id !== null && !institutions.includes(id)) expect(unknownByRow.get(row), `${row} → ${id}`).toContain(id);
          }
          for (const [lead, person] of leads) if (person !== null) expect(people.get(person)?.institution).toBe(lead);
        }
      }),
      { numRuns: 60 },
    );
    // Every merge takes the production path (shadow proof and semantic gate, duplicates through a
    // full mesh of sessions): ~9 s alone, more on a loaded machine.
  }, 90_000);

  it('a cycle closed by two concurrent edits is flagged after the merge', () => {
    const a = createWorkspaceDoc();
    applySeed(a, seed);
    const b = createWorkspaceDoc();
    applySeed(b, seed);
    const [x, y] = ['plan-ai1-first-challenge-call', 'plan-ai1-ot-pilots'];
    addDependency(a, x, y);
    addDependency(b, y, x);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const timeline = deriveTimeline(deriveActions(a), compact, new Map(), '2027-01-01', 'domain');
    expect(timeline.analysis.cycles).toEqual([[x, y].sort()]);
    expect(() => addDependency(a, x, 'plan-q2-pqc-testbed')).not.toThrow();
    expect(() => addDependency(a, 'plan-q2-pqc-testbed', y)).toThrow(/That would make a cycle: “.*” → “.*” → “.*” → “.*”\./);
  });
});
