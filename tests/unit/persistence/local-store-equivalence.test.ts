import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DexieLocalStore } from '../../../renderer/src/runtime/storage/dexie-local-store';
import { DATABASE_NAME, TandemDb } from '../../../renderer/src/runtime/storage/tandem-db';
import { SNAPSHOT_KINDS } from '../../../shared/backups/retention';
import type { LocalStore } from '../../../shared/local-store/local-store';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { mergeValidRecords } from '../../../shared/persistence/compaction';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { checkRecord, sealUpdate } from '../../../shared/persistence/record-check';
import type { AuditEntry } from '../../../shared/review/audit';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/**
 * Memory and Dexie are one contract: the same random sequence of operations (appends, damaged
 * rows, loads that quarantine, compactions, snapshots of every kind, daily checks, restores, peer
 * reports, audit rows and rewrites, review marks) applied to both gives the same outcome for every
 * call and the same contents at the end. Ids are left out of the comparison: they may be numbered
 * per workspace (memory audit) or per laptop (IndexedDB).
 */
const WORKSPACES = ['w1', 'w2'] as const;
const PEOPLE = [
  { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' },
  { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' },
] as const;
const T0 = Date.parse('2026-03-01T09:00:00Z');

/** Bytes made once per operation and handed to both stores, so the stores see identical input. */
function stateWith(titles: readonly string[]): Uint8Array {
  const doc = createWorkspaceDoc();
  for (const title of titles) addAction(doc, { title });
  return Y.encodeStateAsUpdate(doc);
}

const ws = fc.constantFrom(...WORKSPACES);
/** Few distinct times, so equal times (ties) and the daily boundary come up often. */
const halfDays = fc.integer({ min: 0, max: 6 }).map((n) => n * 43_200_000);
const small = fc.integer({ min: 0, max: 3 });
/**
 * Snapshots weigh most, though retention (10 to 20 of a kind in one workspace) is rarely reached
 * here: the contract suite proves its limits case by case.
 */
const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('append' as const), ws, title: fc.stringMatching(/^[a-z]{1,8}$/) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('damaged' as const), ws }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('load' as const), ws }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), ws }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), ws, snapshot: fc.constantFrom(...SNAPSHOT_KINDS), dt: halfDays }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('daily' as const), ws, dt: halfDays }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), ws, pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('peer' as const), person: fc.constantFrom(0, 1), clientId: fc.integer({ min: 1, max: 4 }), clocks: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 })), { maxLength: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('audit' as const), ws, count: fc.integer({ min: 1, max: 3 }), dt: small }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rewrite' as const), ws, pick: fc.nat(), after: fc.string({ maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mark' as const), ws, dt: small }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Subject {
  readonly store: LocalStore;
  putRaw(workspaceId: string, bytes: unknown, checksum: unknown): Promise<unknown>;
  readonly auditIds: Map<string, number[]>;
}

function entry(at: number, after: string): AuditEntry {
  return { at, who: null, actionId: 'a1', actionTitle: 'A', field: 'status', before: '', after, source: 'local', sourceLabel: '' };
}

/** Runs one operation on one store; answers what came out, in terms both stores can share. */
async function apply(subject: Subject, step: Op, index: number, input: { bytes: Uint8Array }): Promise<unknown> {
  const { store } = subject;
  const now = T0 + index * 1000;
  try {
    switch (step.kind) {
      case 'append': {
        const sealed = sealUpdate(input.bytes);
        await store.updates(step.ws).append(sealed.bytes, sealed.checksum);
        return 'ok';
      }
      case 'damaged':
        await subject.putRaw(step.ws, input.bytes.slice(0, 3), 1);
        return 'ok';
      case 'load': {
        const report = await loadWorkspace(store.updates(step.ws), createWorkspaceDoc(), new Date(now));
        return [report.loadedRecords, report.quarantined.length];
      }
      case 'compact':
        return await store.updates(step.ws).compact(mergeValidRecords);
      case 'snapshot': {
        const info = await store.snapshots(step.ws).take({ kind: step.snapshot, reason: `#${index}`, takenBy: null, now: T0 + step.dt, state: () => input.bytes });
        return [info.kind, info.takenAt, info.size];
      }
      case 'daily': {
        const info = await store.snapshots(step.ws).takeDailyIfDue({ reason: `#${index}`, takenBy: null, now: T0 + step.dt, state: () => input.bytes });
        return info ? info.takenAt : null;
      }
      case 'restore': {
        const list = await store.snapshots(step.ws).list();
        if (list.length === 0) return 'none';
        const target = list[step.pick % list.length];
        const result = await store.snapshots(step.ws).restore(target?.id as number, { reason: `#${index}`, takenBy: null, now, state: () => input.bytes });
        return [result.restored.reason, result.kept.reason];
      }
      case 'peer': {
        const person = PEOPLE[step.person];
        await store.peers.record({ ...person, clientId: step.clientId }, Y.encodeStateVector(new Map(step.clocks)), 'peer', new Date(now));
        return 'ok';
      }
      case 'audit': {
        const entries = Array.from({ length: step.count }, (_, i) => entry(T0 + step.dt + i, `#${index}.${i}`));
        const ids = await store.audit(step.ws).append(entries);
        subject.auditIds.set(step.ws, [...(subject.auditIds.get(step.ws) ?? []), ...ids]);
        return ids.length;
      }
      case 'rewrite': {
        const ids = subject.auditIds.get(step.ws) ?? [];
        if (ids.length === 0) return 'none';
        await store.audit(step.ws).replace(ids[step.pick % ids.length] as number, entry(T0 + index, step.after));
        return 'ok';
      }
      case 'mark':
        await store.reviewMarks(step.ws).save({ at: T0 + step.dt * 1000, reviewer: PEOPLE[0], snapshot: { v: 1, actions: {}, clocks: { [String(index)]: 1 } } });
        return 'ok';
    }
  } catch (error) {
    return `${(error as Error).name}`;
  }
}

/** Everything a store holds, without ids, read without changing anything. */
async function contents(store: LocalStore) {
  const perWorkspace = await Promise.all(
    WORKSPACES.map(async (id) => {
      const doc = createWorkspaceDoc();
      const records = await store.updates(id).readAll();
      for (const record of records) {
        const check = checkRecord(record);
        if (check.ok) Y.applyUpdate(doc, check.bytes);
      }
      return {
        records: records.length,
        titles: deriveActions(doc).map((action) => action.title).sort(),
        quarantine: (await store.updates(id).readQuarantine()).map((record) => [record.reason, record.quarantinedAt]),
        snapshots: (await store.snapshots(id).list()).map(({ id: _id, ...info }) => info),
        audit: (await store.audit(id).since(0)).map(({ id: _id, ...row }) => row),
        mark: await store.reviewMarks(id).latest(),
      };
    }),
  );
  const peers = (await store.peers.list()).map((peer) => ({ ...peer, stateVector: [...Y.decodeStateVector(peer.stateVector)].sort() }));
  return { perWorkspace, peers };
}

describe('memory and Dexie LocalStores behave alike', () => {
  it('for random sequences of operations: the same outcomes and the same contents', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 40, maxLength: 90 }), async (steps) => {
        const memory = new MemoryLocalStore();
        const db = new TandemDb(DATABASE_NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
        const dexie = await DexieLocalStore.open(db);
        const subjects: Subject[] = [
          { store: memory, putRaw: async (id, bytes, checksum) => memory.updates(id).putRaw(bytes, checksum), auditIds: new Map() },
          { store: dexie, putRaw: (id, bytes, checksum) => db.updates.add({ workspaceId: id, bytes: bytes as Uint8Array, checksum: checksum as number, writtenAt: 0 }), auditIds: new Map() },
        ];
        try {
          for (const [index, step] of steps.entries()) {
            const input = { bytes: stateWith(step.kind === 'append' ? [step.title] : [`state ${index}`]) };
            const [fromMemory, fromDexie] = [await apply(subjects[0] as Subject, step, index, input), await apply(subjects[1] as Subject, step, index, input)];
            expect(fromDexie, `step ${index}: ${JSON.stringify(step)}`).toEqual(fromMemory);
          }
          expect(await contents(dexie)).toEqual(await contents(memory));
        } finally {
          dexie.close();
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
