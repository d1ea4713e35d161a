import { describe, expect, it } from 'vitest';
import { randomDelivery } from '../support/random-delivery';
import fc from 'fast-check';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { ACTION_STATUSES } from '../../../shared/workspace/action-status';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/**
 * Yjs's own test style: several replicas edit while messages between them are delivered at
 * random moments and in random order (so replicas edit the same records concurrently, on
 * partial knowledge). After everything is delivered, every replica must show the same view,
 * no action lost or duplicated.
 */
type Op =
  | { kind: 'deliver'; count: number }
  | { kind: 'add'; replica: number; title: string }
  | { kind: 'rename'; replica: number; pick: number; title: string }
  | { kind: 'status'; replica: number; pick: number; status: (typeof ACTION_STATUSES)[number] };

const REPLICAS = 3;
const title = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('deliver' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('add' as const), replica: fc.nat(REPLICAS - 1), title }),
  fc.record({ kind: fc.constant('rename' as const), replica: fc.nat(REPLICAS - 1), pick: fc.nat(), title }),
  fc.record({ kind: fc.constant('status' as const), replica: fc.nat(REPLICAS - 1), pick: fc.nat(), status: fc.constantFrom(...ACTION_STATUSES) }),
);

function apply(doc: Y.Doc, operation: Exclude<Op, { kind: 'deliver' }>): void {
  const ids = deriveActions(doc).map((view) => view.id);
  if (operation.kind === 'add') {
    addAction(doc, { title: operation.title });
    return;
  }
  const id = ids[operation.pick % Math.max(ids.length, 1)];
  if (id === undefined) return;
  if (operation.kind === 'rename') editActionTitle(doc, id, operation.title);
  else setActionStatus(doc, id, operation.status);
}

describe('convergence', () => {
  it('replicas that edit offline and merge in any order end identical, losing nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.infiniteStream(fc.nat()), (ops, order) => {
        const docs = Array.from({ length: REPLICAS }, () => createWorkspaceDoc());
        const deliver = randomDelivery(docs, order);
        let added = 0;
        for (const operation of ops) {
          if (operation.kind === 'deliver') {
            deliver(operation.count);
            continue;
          }
          apply(docs[operation.replica] as Y.Doc, operation);
          if (operation.kind === 'add') added++;
        }
        deliver(Number.POSITIVE_INFINITY);
        const views = docs.map((doc) => deriveActions(doc).map(({ id, title: t, status }) => ({ id, title: t, status })));
        for (const view of views) expect(view).toEqual(views[0]);
        expect(new Set(views[0]?.map((v) => v.id)).size).toBe(added);
      }),
      { numRuns: 150 },
    );
  });
});
