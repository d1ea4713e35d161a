import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { addInstitution, setLead } from '../../../shared/workspace/owners';
import { recordAuthor } from '../../../shared/workspace/authors';
import { conflictsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { DANA, NOA, SAM, entries, exchange, laptop, send, type Laptop } from './replicas';

/**
 * Random edits on 2–3 laptops with random delivery of each edit (Yjs's own test idea, as in
 * tests/unit/workspace/convergence.test.ts) and, now and then, a sync file carrying a laptop's
 * whole difference at once. The model knows, for every write, whether the laptop
 * making it had already integrated each earlier write to the same field (its state vector covers
 * that write's items). Once everything is delivered, the inbox must name a field iff some pair of
 * writes to it was concurrent, and every laptop's inbox must be the same.
 *
 * Every write gives a value never used before (a new date, a new lead, a title whose first and
 * last characters are new, so it replaces the whole title): two concurrent writes always differ.
 */
const FIELDS = ['due', 'usLead', 'title'] as const;
type Field = (typeof FIELDS)[number];

type Op =
  | { kind: 'deliver'; count: number }
  | { kind: 'file'; from: number; to: number }
  | { kind: 'write'; replica: number; action: number; field: Field };

const op = (replicas: number): fc.Arbitrary<Op> => fc.oneof(
  fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('file' as const), from: fc.nat(replicas - 1), to: fc.nat(replicas - 1) }),
  fc.record({ kind: fc.constant('write' as const), replica: fc.nat(replicas - 1), action: fc.nat(1), field: fc.constantFrom(...FIELDS) }),
);

/** Every update a laptop emits (edits and inbox entries alike) waits in one outbox; `deliver` merges n of them as a peer would. */
function remoteDelivery(laptops: readonly Laptop[], order: Iterable<number>): (count: number) => void {
  const outbox: { from: number; update: Uint8Array }[] = [];
  laptops.forEach((laptop, from) => laptop.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (!(origin instanceof RemoteOrigin)) outbox.push({ from, update });
  }));
  const choices = order[Symbol.iterator]();
  return (count) => {
    for (let i = 0; i < count && outbox.length > 0; i++) {
      const [message] = outbox.splice((choices.next().value as number) % outbox.length, 1);
      laptops.forEach((laptop, to) => {
        if (message && to !== message.from) Y.applyUpdate(laptop.doc, message.update, new RemoteOrigin('peer', `laptop ${message.from}`));
      });
    }
  };
}

const EVENTS = new Map<string, string>();
const dayAfter = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
/** CJK ideographs: never in the starting titles, and unique per write at both ends. */
const freshTitle = (n: number) => `${String.fromCharCode(0x4e00 + 2 * n)} step ${n} ${String.fromCharCode(0x4e01 + 2 * n)}`;

describe('conflict inbox property', () => {
  it('an inbox entry for a field appears iff two writes to it were concurrent, the same on every laptop', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((replicas) => fc.tuple(fc.constant(replicas), fc.array(op(replicas), { maxLength: 30 }))),
        fc.infiniteStream(fc.nat()),
        ([replicas, ops], order) => {
          const base = createWorkspaceDoc();
          recordAuthor(base, NOA);
          const actions = [addAction(base, { title: 'Launch the pilot' }), addAction(base, { title: 'Open the fund' })];
          const institutions = Array.from({ length: 31 }, (_, i) => addInstitution(base, { name: `Agency ${i}`, side: 'us', kind: 'agency' }));
          const laptops = [DANA, SAM, NOA].slice(0, replicas).map((who) => laptop(who, base));
          // Each laptop's author entry (written before the outbox existed) reaches the others first.
          exchange(laptops);
          const deliver = remoteDelivery(laptops, order);
          const writes: { target: string; client: number; clock: number }[] = [];
          const concurrent = new Set<string>();
          let counter = 0;
          for (const operation of ops) {
            if (operation.kind === 'deliver') {
              deliver(operation.count);
              continue;
            }
            if (operation.kind === 'file') {
              // A sync file: everything `to` lacks, as the sender holds it now (lost values already collected).
              if (operation.from !== operation.to) send(laptops[operation.from]!, laptops[operation.to]!, 'file');
              continue;
            }
            const { doc } = laptops[operation.replica]!;
            const id = actions[operation.action]!;
            const target = `${id}/${operation.field}`;
            for (const earlier of writes) {
              if (earlier.target === target && Y.getState(doc.store, earlier.client) < earlier.clock) concurrent.add(target);
            }
            const n = ++counter;
            if (operation.field === 'due') setActionDue(doc, id, { kind: 'date', date: dayAfter(n) }, EVENTS);
            else if (operation.field === 'usLead') setLead(doc, { kind: 'action', id }, 'us', institutions[n]!);
            else editActionTitle(doc, id, freshTitle(n));
            writes.push({ target, client: doc.clientID, clock: Y.getState(doc.store, doc.clientID) });
          }
          deliver(Number.POSITIVE_INFINITY);
          const keys = laptops.map((l) => [...conflictsMap(l.doc).keys()].sort());
          for (const k of keys) expect(k).toEqual(keys[0]);
          const filed = new Set([...entries(laptops[0]!.doc).values()].map((entry) => `${entry.record.id}/${entry.field}`));
          expect(filed).toEqual(concurrent);
          for (const l of laptops) expect(l.errors).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    // 300 random runs take ~5 s alone and up to ~20 s on a 2-core machine under load: a time
    // limit is not what this test is about.
  }, 90_000);
});
