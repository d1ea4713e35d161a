import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem, moveAgendaItem, moveAgendaItemBy, setAgendaItemDeleted } from '../../../shared/workspace/meetings/agenda';
import { addMeeting } from '../../../shared/workspace/meetings/meetings';
import { deriveAgenda } from '../../../shared/workspace/meetings/meeting-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { MEETING_INPUT, NOW } from './meeting-fixtures';

/**
 * The agenda is ordered by fractional keys with the id as tie-break: three laptops moving,
 * adding and removing items apart, merged in any order, show one order with every live item
 * exactly once, and each laptop's own last move of an item that nobody else moved stands.
 */
type Op =
  | { kind: 'move'; replica: number; item: number; to: number }
  | { kind: 'nudge'; replica: number; item: number; delta: -1 | 1 }
  | { kind: 'add'; replica: number }
  | { kind: 'remove'; replica: number; item: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), replica: fc.nat(2), item: fc.nat(9), to: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nudge' as const), replica: fc.nat(2), item: fc.nat(9), delta: fc.constantFrom(-1 as const, 1 as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), replica: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), replica: fc.nat(2), item: fc.nat(9) }) },
);

function start(): { docs: Y.Doc[]; meeting: string } {
  const origin = createWorkspaceDoc();
  const meeting = addMeeting(origin, MEETING_INPUT, NOW);
  for (let index = 0; index < 5; index++) addAgendaItem(origin, meeting, { title: `Item ${index}` }, NOW);
  const docs = [origin, createWorkspaceDoc(), createWorkspaceDoc()];
  for (const doc of docs.slice(1)) Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
  return { docs, meeting };
}

describe('agenda order under concurrent moves (property)', () => {
  it('converges: identical order on every laptop, every live item once, after any merge order', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.array(fc.nat(2), { minLength: 6, maxLength: 6 }), (ops, mergeOrder) => {
        const { docs, meeting } = start();
        for (const op of ops) {
          const doc = docs[op.replica]!;
          const items = deriveAgenda(doc, meeting);
          if (op.kind === 'add') {
            addAgendaItem(doc, meeting, { title: `New on ${op.replica}` }, NOW);
            continue;
          }
          const item = items[op.item % Math.max(items.length, 1)];
          if (!item) continue;
          if (op.kind === 'move') moveAgendaItem(doc, item.id, op.to % items.length, NOW);
          else if (op.kind === 'nudge') moveAgendaItemBy(doc, item.id, op.delta, NOW);
          else setAgendaItemDeleted(doc, item.id, true, NOW);
        }
        // Pairwise exchanges in a random order, then a final full round so everyone has everything.
        for (let step = 0; step < mergeOrder.length; step++) {
          const from = docs[mergeOrder[step]!]!;
          const to = docs[(mergeOrder[step]! + 1 + (step % 2)) % 3]!;
          Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
        }
        for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

        const orders = docs.map((doc) => deriveAgenda(doc, meeting).map((item) => item.id));
        expect(orders[1]).toEqual(orders[0]);
        expect(orders[2]).toEqual(orders[0]);
        expect(new Set(orders[0]).size).toBe(orders[0]!.length);
        const added = ops.filter((op) => op.kind === 'add').length;
        const removed = [...docs[0]!.getMap('agendaItems').values()].filter((record) => record instanceof Y.Map && record.get('deleted') === true).length;
        expect(orders[0]!.length).toBe(5 + added - removed);
      }),
      { numRuns: 150 },
    );
  });

  it('a move on one laptop lands where it was put when nobody else touched the agenda', () => {
    const { docs, meeting } = start();
    const [a] = docs as [Y.Doc];
    const before = deriveAgenda(a, meeting).map((item) => item.id);
    moveAgendaItem(a, before[4]!, 1, NOW);
    expect(deriveAgenda(a, meeting).map((item) => item.id)).toEqual([before[0], before[4], before[1], before[2], before[3]]);
    moveAgendaItemBy(a, before[4]!, -1, NOW);
    expect(deriveAgenda(a, meeting).map((item) => item.id)[0]).toBe(before[4]);
  });
});
