import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SnapshotError } from '../../../shared/backups/restore-log';
import { SNAPSHOT_RETENTION } from '../../../shared/backups/retention';
import type { SnapshotDraft, SnapshotInfo } from '../../../shared/backups/snapshot-record';
import { MAX_CLIENT_IDS, type PeerReport } from '../../../shared/bundle/known-peers';
import type { Identity } from '../../../shared/identity/identity';
import type { LocalTable, WriteKind } from '../../../shared/persistence/access-probe';
import { mergeValidRecords } from '../../../shared/persistence/compaction';
import { crc32 } from '../../../shared/persistence/crc32';
import type { LocalStore } from '../../../shared/local-store/local-store';
import { loadWorkspace } from '../../../shared/persistence/load-workspace';
import { sealUpdate } from '../../../shared/persistence/record-check';
import { StorageError, type UpdateStore } from '../../../shared/persistence/update-store';
import type { AuditEntry } from '../../../shared/review/audit';
import { AuditRecorder } from '../../../shared/review/audit-recorder';
import type { ReviewMark } from '../../../shared/review/review-marks';
import type { ReviewSnapshot } from '../../../shared/review/review-diff';
import { createJoinCode } from '../../../shared/sync/join-code';
import type { SessionSettings } from '../../../shared/sync/session-settings';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/**
 * The LocalStore contract (shared/local-store/local-store.ts), one suite run against every
 * implementation: memory (local-store-memory.test.ts) and Dexie over fake-indexeddb
 * (local-store-dexie.test.ts). A harness gives a fresh, empty store per test and the few things
 * a test cannot do through the interface: make a write fail, reopen the storage as a restart
 * would, and put rows exactly as a damaged disk might hold them.
 */
export interface LocalStoreHarness {
  readonly store: LocalStore;
  /** The next `kind` write to `table` fails (once) with a QuotaExceededError. */
  failNextWrite(table: LocalTable, kind: WriteKind): void;
  /** Armed failures not yet reached. */
  readonly pendingFaults: number;
  /** The store as the next start sees it (the same storage, opened again). */
  reopen(): Promise<LocalStore>;
  putRawUpdate(workspaceId: string, bytes: unknown, checksum: unknown): Promise<number>;
  putRawSetting(key: string, value: unknown): Promise<void>;
  /** Overwrites a stored snapshot's state with other bytes (its checksum kept). */
  damageSnapshot(id: number, bytes: Uint8Array): Promise<void>;
  dispose(): Promise<void>;
}

const WS = 'workspace-a';
const OTHER = 'workspace-b';
const DANA: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' };
const SAM: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' };
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-01T09:00:00Z');

/** A sealed update adding one action, written by a document of its own. */
function actionUpdate(title: string): { bytes: Uint8Array; checksum: number } {
  const doc = createWorkspaceDoc();
  addAction(doc, { title });
  return sealUpdate(Y.encodeStateAsUpdate(doc));
}

async function titlesIn(updates: UpdateStore): Promise<string[]> {
  const doc = createWorkspaceDoc();
  await loadWorkspace(updates, doc);
  return deriveActions(doc).map((action) => action.title).sort();
}

async function appendTitles(updates: UpdateStore, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const sealed = actionUpdate(title);
    await updates.append(sealed.bytes, sealed.checksum);
  }
}

/** The full state of a document holding these actions. */
function stateWith(titles: readonly string[]): Uint8Array {
  const doc = createWorkspaceDoc();
  for (const title of titles) addAction(doc, { title });
  return Y.encodeStateAsUpdate(doc);
}

function titlesOfState(bytes: unknown): string[] {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, bytes as Uint8Array);
  return deriveActions(doc).map((action) => action.title).sort();
}

function draft(kind: SnapshotDraft['kind'], now: number, titles: readonly string[] = ['Seed']): SnapshotDraft {
  return { kind, reason: `${kind} at ${now}`, takenBy: 'Dana Levi (Israel, note-taker)', now, state: () => stateWith(titles) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, and it succeeded.');
}

/** A rejection that is a StorageError naming the quota, as every storage failure must be. */
async function expectStorageFailure(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(StorageError);
  expect((error as Error).message).toMatch(/^Could not .+quota/i);
}

function stateVector(entries: readonly [number, number][]): Uint8Array {
  return Y.encodeStateVector(new Map(entries));
}

function decoded(vector: Uint8Array): [number, number][] {
  return [...Y.decodeStateVector(vector)].sort((a, b) => a[0] - b[0]);
}

const reviewSnapshot = (clock: number): ReviewSnapshot => ({ v: 1, actions: {}, clocks: { '7': clock } });
const mark = (at: number, clock: number, reviewer: Identity = DANA): ReviewMark => ({ at, reviewer, snapshot: reviewSnapshot(clock) });

function auditEntry(at: number, field: AuditEntry['field'], before: string, after: string, actionId = 'a1'): AuditEntry {
  return { at, who: { name: DANA.name, delegation: DANA.delegation }, actionId, actionTitle: 'Launch the pilot', field, before, after, source: 'local', sourceLabel: '' };
}

function session(hosting: SessionSettings['hosting'] = null): SessionSettings {
  return { url: 'ws://192.168.1.20:4444', code: createJoinCode(new Uint8Array(24).map((_, i) => i * 7)), hosting };
}

export function localStoreContract(name: string, makeHarness: () => Promise<LocalStoreHarness>): void {
  describe(`LocalStore contract: ${name}`, () => {
    let harness: LocalStoreHarness;
    let store: LocalStore;

    beforeEach(async () => {
      harness = await makeHarness();
      store = harness.store;
    });
    afterEach(async () => {
      // An armed fault never reached means the store did not make the write the test expected.
      expect(harness.pendingFaults).toBe(0);
      await harness.dispose();
    });

    describe('update log', () => {
      it('reads records back in the order written, each workspace its own log', async () => {
        await appendTitles(store.updates(WS), ['first', 'second', 'third']);
        await appendTitles(store.updates(OTHER), ['elsewhere']);
        const records = await store.updates(WS).readAll();
        expect(records.map((record) => titlesOfState(record.bytes))).toEqual([['first'], ['second'], ['third']]);
        expect(records.map((record) => record.id)).toEqual([...records.map((record) => record.id)].sort((a, b) => a - b));
        expect(await titlesIn(store.updates(OTHER))).toEqual(['elsewhere']);
      });

      it('keeps exactly the bytes appended, with their checksum, across a restart', async () => {
        const sealed = actionUpdate('durable');
        // A view into a larger buffer: only the view's bytes are the update.
        const padded = new Uint8Array(sealed.bytes.length + 8);
        padded.set(sealed.bytes, 4);
        await store.updates(WS).append(padded.subarray(4, 4 + sealed.bytes.length), sealed.checksum);
        const reopened = await harness.reopen();
        const [record] = await reopened.updates(WS).readAll();
        expect(record?.bytes).toEqual(sealed.bytes);
        expect(record?.checksum).toBe(crc32(sealed.bytes));
      });

      it('compaction replaces the log by one snapshot holding everything', async () => {
        await appendTitles(store.updates(WS), ['one', 'two', 'three']);
        await appendTitles(store.updates(OTHER), ['untouched']);
        const result = await store.updates(WS).compact(mergeValidRecords);
        expect(result).toEqual({ before: 3, after: 1 });
        expect(await store.updates(WS).readAll()).toHaveLength(1);
        expect(await titlesIn(store.updates(WS))).toEqual(['one', 'three', 'two']);
        expect(await store.updates(OTHER).readAll()).toHaveLength(1);
      });

      it('compaction leaves the log as it is when a record is damaged', async () => {
        await appendTitles(store.updates(WS), ['one', 'two']);
        await harness.putRawUpdate(WS, new Uint8Array([1, 2, 3]), 0);
        const before = await store.updates(WS).readAll();
        expect(await store.updates(WS).compact(mergeValidRecords)).toEqual({ before: 3, after: 3 });
        expect(await store.updates(WS).readAll()).toEqual(before);
      });

      it('a compaction interrupted midway (the snapshot write fails after the deletes) leaves the old log intact', async () => {
        await appendTitles(store.updates(WS), ['one', 'two', 'three']);
        const before = await store.updates(WS).readAll();
        harness.failNextWrite('updates', 'add');
        await expectStorageFailure(store.updates(WS).compact(mergeValidRecords));
        expect(await store.updates(WS).readAll()).toEqual(before);
        const reopened = await harness.reopen();
        expect(await titlesIn(reopened.updates(WS))).toEqual(['one', 'three', 'two']);
        // And the next compaction goes through.
        expect(await reopened.updates(WS).compact(mergeValidRecords)).toEqual({ before: 3, after: 1 });
      });

      it('a compaction whose deletes fail, or whose merge throws, changes nothing', async () => {
        await appendTitles(store.updates(WS), ['one', 'two']);
        const before = await store.updates(WS).readAll();
        harness.failNextWrite('updates', 'delete');
        await expectStorageFailure(store.updates(WS).compact(mergeValidRecords));
        const merge = () => {
          throw new Error('merge failed');
        };
        const thrown = await rejection(store.updates(WS).compact(merge));
        expect(thrown).toBeInstanceOf(StorageError);
        expect((thrown as Error).message).toContain('merge failed');
        expect(await store.updates(WS).readAll()).toEqual(before);
      });

      it('an edit appended while a compaction runs is kept (merged in, or after the snapshot)', async () => {
        await appendTitles(store.updates(WS), ['one', 'two']);
        const late = actionUpdate('appended meanwhile');
        await Promise.all([store.updates(WS).compact(mergeValidRecords), store.updates(WS).append(late.bytes, late.checksum)]);
        expect(await titlesIn(store.updates(WS))).toEqual(['appended meanwhile', 'one', 'two']);
      });

      it('a failing append is reported, and the log keeps what it had', async () => {
        await appendTitles(store.updates(WS), ['kept']);
        harness.failNextWrite('updates', 'add');
        const sealed = actionUpdate('lost to a full disk');
        await expectStorageFailure(store.updates(WS).append(sealed.bytes, sealed.checksum));
        expect(await titlesIn(store.updates(WS))).toEqual(['kept']);
        // Retried once there is room: nothing was half written.
        await store.updates(WS).append(sealed.bytes, sealed.checksum);
        expect(await titlesIn(store.updates(WS))).toEqual(['kept', 'lost to a full disk']);
      });
    });

    describe('quarantine', () => {
      it('moves damaged records aside with the reason, loads the rest, and never quarantines one twice', async () => {
        await appendTitles(store.updates(WS), ['good one']);
        const flipped = actionUpdate('flipped');
        const flippedId = await harness.putRawUpdate(WS, flipped.bytes, flipped.checksum ^ 1);
        const notBytesId = await harness.putRawUpdate(WS, 'not bytes', 7);
        await appendTitles(store.updates(WS), ['good two']);
        const doc = createWorkspaceDoc();
        const report = await loadWorkspace(store.updates(WS), doc, new Date(T0));
        expect(deriveActions(doc).map((action) => action.title).sort()).toEqual(['good one', 'good two']);
        expect(report.quarantined.map((entry) => entry.id)).toEqual([flippedId, notBytesId]);
        expect(report.quarantineError).toBeNull();
        const quarantined = await store.updates(WS).readQuarantine();
        expect(quarantined.map((record) => [record.originalId, record.quarantinedAt])).toEqual([
          [flippedId, new Date(T0).toISOString()],
          [notBytesId, new Date(T0).toISOString()],
        ]);
        expect(quarantined[0]?.reason).toMatch(/Checksum mismatch/);
        expect(quarantined[0]?.bytes).toEqual(flipped.bytes);
        expect(quarantined[1]?.bytes).toBe('not bytes');
        expect(await store.updates(WS).readAll()).toHaveLength(2);
        // Another window holding the same (stale) list quarantines nothing again.
        await store.updates(WS).quarantine([{ record: { id: flippedId, bytes: null, checksum: null }, reason: 'again' }], new Date(T0));
        expect(await store.updates(WS).readQuarantine()).toHaveLength(2);
        expect(await store.updates(OTHER).readQuarantine()).toEqual([]);
      });

      it('a quarantine that cannot be written is reported; the damaged record stays in the log, skipped, and moves next time', async () => {
        await appendTitles(store.updates(WS), ['good']);
        const badId = await harness.putRawUpdate(WS, new Uint8Array([9, 9, 9]), 0);
        harness.failNextWrite('quarantine', 'add');
        const doc = createWorkspaceDoc();
        const report = await loadWorkspace(store.updates(WS), doc);
        expect(report.quarantineError).toMatch(/quota/i);
        expect(deriveActions(doc).map((action) => action.title)).toEqual(['good']);
        expect((await store.updates(WS).readAll()).map((record) => record.id)).toContain(badId);
        expect(await store.updates(WS).readQuarantine()).toEqual([]);
        const again = await loadWorkspace(store.updates(WS), createWorkspaceDoc());
        expect(again.quarantined.map((entry) => entry.id)).toEqual([badId]);
        expect((await store.updates(WS).readQuarantine()).map((record) => record.originalId)).toEqual([badId]);
      });

      it('a quarantine interrupted after copying (the delete fails) copies nothing', async () => {
        const badId = await harness.putRawUpdate(WS, new Uint8Array([9, 9, 9]), 0);
        harness.failNextWrite('updates', 'delete');
        await expectStorageFailure(store.updates(WS).quarantine([{ record: { id: badId, bytes: null, checksum: null }, reason: 'damaged' }], new Date(T0)));
        expect(await store.updates(WS).readQuarantine()).toEqual([]);
        expect((await store.updates(WS).readAll()).map((record) => record.id)).toEqual([badId]);
      });
    });

    describe('snapshots', () => {
      it('lists newest first, without the states, per workspace', async () => {
        const first = await store.snapshots(WS).take(draft('manual', T0, ['A']));
        const second = await store.snapshots(WS).take(draft('before-import', T0 + 1000, ['A', 'B']));
        await store.snapshots(OTHER).take(draft('manual', T0 + 2000));
        const listed = await store.snapshots(WS).list();
        expect(listed.map((info) => info.id)).toEqual([second.id, first.id]);
        expect(listed[1]).toEqual({
          id: first.id, kind: 'manual', reason: `manual at ${T0}`, takenAt: T0, takenBy: 'Dana Levi (Israel, note-taker)', size: stateWith(['A']).byteLength,
        });
        const read = await store.snapshots(WS).read(second.id);
        expect(titlesOfState(read?.bytes)).toEqual(['A', 'B']);
        expect(read?.checksum).toBe(crc32(read?.bytes as Uint8Array));
        // Another workspace's snapshot is not this workspace's to read.
        const [elsewhere] = await store.snapshots(OTHER).list();
        expect(await store.snapshots(WS).read((elsewhere as SnapshotInfo).id)).toBeNull();
      });

      it('keeps per kind only the newest of the retention policy; kinds are pruned apart', async () => {
        const keep = SNAPSHOT_RETENTION.manual;
        const taken: SnapshotInfo[] = [];
        for (let i = 0; i < keep + 3; i++) taken.push(await store.snapshots(WS).take(draft('manual', T0 + i * 1000)));
        for (let i = 0; i < 2; i++) await store.snapshots(WS).take(draft('daily', T0 + i * DAY));
        for (let i = 0; i < keep + 1; i++) await store.snapshots(OTHER).take(draft('manual', T0 + i * 1000));
        const listed = await store.snapshots(WS).list();
        const manual = listed.filter((info) => info.kind === 'manual');
        expect(manual).toHaveLength(keep);
        expect(manual.map((info) => info.takenAt)).toEqual(Array.from({ length: keep }, (_, i) => T0 + (keep + 2 - i) * 1000));
        expect(listed.filter((info) => info.kind === 'daily')).toHaveLength(2);
        // Pruned states are gone with their rows.
        expect(await store.snapshots(WS).read((taken[0] as SnapshotInfo).id)).toBeNull();
        expect(await store.snapshots(WS).read((taken[3] as SnapshotInfo).id)).not.toBeNull();
        expect((await store.snapshots(OTHER).list())).toHaveLength(keep);
      });

      it('takes a daily snapshot when none is a day old, and not again the same day', async () => {
        expect(await store.snapshots(WS).newestTakenAt('daily')).toBeNull();
        const first = await store.snapshots(WS).takeDailyIfDue(draft('daily', T0));
        expect(first?.kind).toBe('daily');
        expect(await store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + DAY - 1))).toBeNull();
        expect(await store.snapshots(OTHER).takeDailyIfDue(draft('daily', T0 + 1))).not.toBeNull();
        const next = await store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + DAY));
        expect(next?.takenAt).toBe(T0 + DAY);
        expect(await store.snapshots(WS).newestTakenAt('daily')).toBe(T0 + DAY);
        expect(await store.snapshots(WS).newestTakenAt('manual')).toBeNull();
      });

      it('two windows opening at once take one daily snapshot, not two', async () => {
        const both = await Promise.all([store.snapshots(WS).takeDailyIfDue(draft('daily', T0)), store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + 5))]);
        expect(both.filter((info) => info !== null)).toHaveLength(1);
        expect(await store.snapshots(WS).list()).toHaveLength(1);
      });

      it('a snapshot whose state cannot be written leaves no row behind, and is reported', async () => {
        await store.snapshots(WS).take(draft('manual', T0));
        const before = await store.snapshots(WS).list();
        harness.failNextWrite('snapshotBytes', 'add');
        await expectStorageFailure(store.snapshots(WS).take(draft('manual', T0 + 1000)));
        expect(await store.snapshots(WS).list()).toEqual(before);
      });

      it('a snapshot whose pruning fails keeps the retention as it was (and the new one is not kept)', async () => {
        for (let i = 0; i < SNAPSHOT_RETENTION.manual; i++) await store.snapshots(WS).take(draft('manual', T0 + i * 1000));
        const before = await store.snapshots(WS).list();
        harness.failNextWrite('snapshotBytes', 'delete');
        await expectStorageFailure(store.snapshots(WS).take(draft('manual', T0 + DAY)));
        expect(await store.snapshots(WS).list()).toEqual(before);
      });

      it('tells a watcher the list now and after each change', async () => {
        const seen: number[][] = [];
        const errors: unknown[] = [];
        const stop = store.snapshots(WS).watch((list) => seen.push(list.map((info) => info.takenAt)), (error) => errors.push(error));
        await expect.poll(() => seen.length).toBeGreaterThan(0);
        expect(seen.at(-1)).toEqual([]);
        await store.snapshots(WS).take(draft('manual', T0));
        await expect.poll(() => seen.at(-1)).toEqual([T0]);
        stop();
        const count = seen.length;
        await store.snapshots(WS).take(draft('manual', T0 + 1));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(seen.length).toBe(count);
        expect(errors).toEqual([]);
      });
    });

    describe('restore', () => {
      /** A log of two edits, and a snapshot holding only the first. */
      async function loggedWorkspace() {
        const updates = store.updates(WS);
        await appendTitles(updates, ['Before the snapshot']);
        const snapshot = await store.snapshots(WS).take({ ...draft('manual', T0), state: () => stateWith(['Before the snapshot']) });
        await appendTitles(updates, ['After the snapshot']);
        return { updates, snapshot };
      }
      const keep = (now: number) => ({ reason: 'Before restoring', takenBy: 'Dana Levi', now, state: () => stateWith(['Before the snapshot', 'After the snapshot']) });

      it('swaps the log for the snapshot and keeps the workspace as it was, in one step', async () => {
        const { snapshot } = await loggedWorkspace();
        await appendTitles(store.updates(OTHER), ['other workspace']);
        const result = await store.snapshots(WS).restore(snapshot.id, keep(T0 + 5000));
        expect(result.restored).toEqual(snapshot);
        expect(result.kept).toMatchObject({ kind: 'before-restore', takenAt: T0 + 5000, reason: 'Before restoring' });
        const reopened = await harness.reopen();
        expect(await reopened.updates(WS).readAll()).toHaveLength(1);
        expect(await titlesIn(reopened.updates(WS))).toEqual(['Before the snapshot']);
        expect(titlesOfState((await reopened.snapshots(WS).read(result.kept.id))?.bytes)).toEqual(['After the snapshot', 'Before the snapshot']);
        expect((await reopened.snapshots(WS).list()).map((info) => info.kind)).toEqual(['before-restore', 'manual']);
        expect(await titlesIn(reopened.updates(OTHER))).toEqual(['other workspace']);
      });

      it.each([
        ['the log swap (after the old log is deleted)', 'updates', 'add'],
        ['deleting the old log', 'updates', 'delete'],
        ['keeping the workspace as it was', 'snapshotBytes', 'add'],
      ] as const)('a restore interrupted at %s changes nothing', async (_step, table, kind) => {
        const { updates, snapshot } = await loggedWorkspace();
        const logBefore = await updates.readAll();
        const snapshotsBefore = await store.snapshots(WS).list();
        harness.failNextWrite(table, kind);
        await expectStorageFailure(store.snapshots(WS).restore(snapshot.id, keep(T0 + 5000)));
        const reopened = await harness.reopen();
        expect(await reopened.updates(WS).readAll()).toEqual(logBefore);
        expect(await reopened.snapshots(WS).list()).toEqual(snapshotsBefore);
      });

      it('refuses a damaged snapshot, one that is gone, or another workspace\'s, with nothing changed', async () => {
        const { updates, snapshot } = await loggedWorkspace();
        const foreign = await store.snapshots(OTHER).take(draft('manual', T0));
        const logBefore = await updates.readAll();
        const gone = await rejection(store.snapshots(WS).restore(snapshot.id + 1000, keep(T0 + 1)));
        expect(gone).toBeInstanceOf(SnapshotError);
        expect((gone as Error).message).toMatch(/no longer kept/);
        expect(await rejection(store.snapshots(WS).restore(foreign.id, keep(T0 + 1)))).toBeInstanceOf(SnapshotError);
        await harness.damageSnapshot(snapshot.id, stateWith(['Forged']));
        const damaged = await rejection(store.snapshots(WS).restore(snapshot.id, keep(T0 + 1)));
        expect(damaged).toBeInstanceOf(SnapshotError);
        expect((damaged as Error).message).toMatch(/damaged/);
        expect(await updates.readAll()).toEqual(logBefore);
        expect((await store.snapshots(WS).list()).map((info) => info.kind)).toEqual(['manual']);
      });
    });

    describe('peers', () => {
      const report = (identity: Identity, clientId: number): PeerReport => ({ ...identity, clientId });

      it('records a peer with what it reported, and lists peers most recently seen first', async () => {
        await store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'file', new Date(T0));
        await store.peers.record(report(DANA, 22), stateVector([[22, 3]]), 'peer', new Date(T0 + 1000));
        const peers = await store.peers.list();
        expect(peers.map((peer) => peer.name)).toEqual([DANA.name, SAM.name]);
        expect(peers[1]).toMatchObject({ key: 'us:Sam Ortiz', delegation: 'us', role: 'delegate', clientIds: [11], via: 'file', seenAt: new Date(T0).toISOString() });
        expect(decoded((peers[1] as { stateVector: Uint8Array }).stateVector)).toEqual([[11, 5]]);
      });

      it('a report covering the known state replaces it; one that does not keeps only what both hold', async () => {
        await store.peers.record(report(SAM, 11), stateVector([[11, 5], [12, 2]]), 'peer', new Date(T0));
        await store.peers.record(report(SAM, 11), stateVector([[11, 9], [12, 2], [13, 1]]), 'peer', new Date(T0 + 1));
        expect(decoded((await store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 9], [12, 2], [13, 1]]);
        // A second laptop under the same name reports less: never claim more than the peer holds.
        await store.peers.record(report(SAM, 14), stateVector([[11, 4], [14, 8]]), 'file', new Date(T0 + 2));
        const [sam] = await store.peers.list();
        expect(decoded(sam?.stateVector as Uint8Array)).toEqual([[11, 4]]);
        expect(sam?.clientIds).toEqual([11, 14]);
        expect(sam?.via).toBe('file');
      });

      it('two reports at once (a file and LAN sync) do not lose one another', async () => {
        await Promise.all([
          store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'file', new Date(T0)),
          store.peers.record(report(SAM, 12), stateVector([[11, 5], [12, 1]]), 'peer', new Date(T0 + 1)),
        ]);
        const [sam] = await store.peers.list();
        expect([...(sam?.clientIds ?? [])].sort()).toEqual([11, 12]);
      });

      it('keeps the client ids bounded, most recent last, without repeats', async () => {
        for (let id = 1; id <= MAX_CLIENT_IDS + 5; id++) await store.peers.record(report(SAM, id), stateVector([[id, 1]]), 'peer', new Date(T0 + id));
        await store.peers.record(report(SAM, 10), stateVector([[10, 1]]), 'peer', new Date(T0 + 100));
        const [sam] = await store.peers.list();
        expect(sam?.clientIds).toHaveLength(MAX_CLIENT_IDS);
        expect(sam?.clientIds.at(-1)).toBe(10);
        expect(new Set(sam?.clientIds).size).toBe(MAX_CLIENT_IDS);
        // 1..55 bounded to 6..55; the repeat of 10 moves it last, and nothing else goes.
        expect(sam?.clientIds[0]).toBe(6);
      });

      it('refuses an unreadable reported state with a clear message, storing nothing', async () => {
        await store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'peer', new Date(T0));
        const refused = await rejection(store.peers.record(report(SAM, 11), new Uint8Array([0xff, 0xff, 0xff]), 'peer', new Date(T0 + 1)));
        expect((refused as Error).message).toMatch(/Sam Ortiz.*not a readable Yjs state vector/);
        expect(decoded((await store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 5]]);
      });

      it('a failing write is reported and the known state stays', async () => {
        await store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'peer', new Date(T0));
        harness.failNextWrite('peers', 'put');
        await expectStorageFailure(store.peers.record(report(SAM, 11), stateVector([[11, 9]]), 'peer', new Date(T0 + 1)));
        expect(decoded((await store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 5]]);
      });
    });

    describe('review marks', () => {
      it('answers the latest mark by time, of equal times the last saved, per workspace', async () => {
        expect(await store.reviewMarks(WS).latest()).toBeNull();
        await store.reviewMarks(WS).save(mark(T0 + 2000, 2));
        await store.reviewMarks(WS).save(mark(T0 + 1000, 1, SAM));
        expect(await store.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 2));
        await store.reviewMarks(WS).save(mark(T0 + 2000, 3, SAM));
        expect(await store.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 3, SAM));
        expect(await store.reviewMarks(OTHER).latest()).toBeNull();
        const reopened = await harness.reopen();
        expect(await reopened.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 3, SAM));
      });

      it('a latest mark this version cannot read counts as no mark (an older one is not taken instead)', async () => {
        await store.reviewMarks(WS).save(mark(T0, 1));
        await store.reviewMarks(WS).save({ ...mark(T0 + 1000, 2), snapshot: { v: 2 } as unknown as ReviewSnapshot });
        expect(await store.reviewMarks(WS).latest()).toBeNull();
      });

      it('refuses a mark without a usable time or reviewer, keeping the latest', async () => {
        await store.reviewMarks(WS).save(mark(T0, 1));
        const noTime = await rejection(store.reviewMarks(WS).save({ ...mark(T0 + 1, 2), at: Number.NaN }));
        expect((noTime as Error).message).toMatch(/time is not a number/);
        const noOne = await rejection(store.reviewMarks(WS).save({ ...mark(T0 + 1, 2), reviewer: { name: '', delegation: 'us', role: 'delegate' } }));
        expect((noOne as Error).message).toMatch(/reviewer is not a valid identity/);
        expect(await store.reviewMarks(WS).latest()).toEqual(mark(T0, 1));
      });

      it('keeps a copy: changing the saved object afterwards changes nothing stored', async () => {
        const saved = { at: T0, reviewer: { ...DANA }, snapshot: { v: 1 as const, actions: {}, clocks: { '7': 1 } } };
        await store.reviewMarks(WS).save(saved);
        saved.snapshot.clocks['7'] = 99;
        expect((await store.reviewMarks(WS).latest())?.snapshot.clocks).toEqual({ '7': 1 });
      });

      it('a failing write is reported and the earlier mark stays the latest', async () => {
        await store.reviewMarks(WS).save(mark(T0, 1));
        harness.failNextWrite('reviewMarks', 'add');
        await expectStorageFailure(store.reviewMarks(WS).save(mark(T0 + 1000, 2)));
        expect(await store.reviewMarks(WS).latest()).toEqual(mark(T0, 1));
      });
    });

    describe('audit trail', () => {
      it('appends in order with increasing ids, and answers rows since a time, oldest first, per workspace', async () => {
        const ids = await store.audit(WS).append([auditEntry(T0 + 20, 'status', 'Proposed', 'Agreed'), auditEntry(T0 + 10, 'tier', '1', '2')]);
        expect(ids).toHaveLength(2);
        expect((ids[1] as number) > (ids[0] as number)).toBe(true);
        await store.audit(WS).append([auditEntry(T0 + 30, 'created', '', 'New')]);
        await store.audit(OTHER).append([auditEntry(T0 + 15, 'created', '', 'Elsewhere')]);
        expect((await store.audit(WS).since(0)).map((row) => row.at)).toEqual([T0 + 10, T0 + 20, T0 + 30]);
        expect((await store.audit(WS).since(T0 + 20)).map((row) => [row.id, row.field])).toEqual([[ids[0], 'status'], [expect.any(Number), 'created']]);
        const [row] = await store.audit(WS).since(T0 + 30);
        expect(row).toEqual({ ...auditEntry(T0 + 30, 'created', '', 'New'), id: row?.id });
        expect(await store.audit(OTHER).since(0)).toHaveLength(1);
        expect(await store.audit(WS).append([])).toEqual([]);
      });

      it('a burst of typing is one row, rewritten in place as it grows (AuditRecorder over the store)', async () => {
        const audit = store.audit(WS);
        const recorder = new AuditRecorder(audit, (error) => {
          throw error;
        });
        recorder.record([auditEntry(T0, 'title', 'Pilot', 'Pilot p')]);
        await recorder.flush();
        recorder.record([auditEntry(T0 + 500, 'title', 'Pilot p', 'Pilot ph')]);
        recorder.record([auditEntry(T0 + 900, 'title', 'Pilot ph', 'Pilot phase')]);
        await recorder.flush();
        const rows = await audit.since(0);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ at: T0 + 900, before: 'Pilot', after: 'Pilot phase' });
      });

      it('replace rewrites only an existing row of its own workspace, and never creates one', async () => {
        const others = await store.audit(OTHER).append([auditEntry(T0, 'title', 'x', 'y'), auditEntry(T0, 'tier', '1', '2')]);
        const [own] = await store.audit(WS).append([auditEntry(T0, 'title', 'a', 'b')]);
        // Ids may be per workspace or per laptop: take one the other workspace has and this one not.
        const foreign = others.find((id) => id !== own) as number;
        await store.audit(WS).replace(foreign, auditEntry(T0 + 1, 'title', 'x', 'hijacked'));
        await store.audit(WS).replace((own as number) + foreign + 100, auditEntry(T0 + 1, 'title', 'a', 'ghost'));
        expect((await store.audit(OTHER).since(0)).map((row) => row.after)).toEqual(['y', '2']);
        expect((await store.audit(WS).since(0)).map((row) => row.after)).toEqual(['b']);
        await store.audit(WS).replace(own as number, auditEntry(T0 + 1, 'title', 'a', 'c'));
        expect((await store.audit(WS).since(0)).map((row) => [row.id, row.after])).toEqual([[own, 'c']]);
      });

      it('a failing write is reported and stores none of the batch', async () => {
        await store.audit(WS).append([auditEntry(T0, 'created', '', 'Kept')]);
        harness.failNextWrite('audit', 'add');
        await expectStorageFailure(store.audit(WS).append([auditEntry(T0 + 1, 'status', 'a', 'b'), auditEntry(T0 + 2, 'tier', '1', '2')]));
        expect((await store.audit(WS).since(0)).map((row) => row.after)).toEqual(['Kept']);
      });
    });

    describe('identity', () => {
      it('is none until saved, then loads as saved, across a restart', async () => {
        expect(await store.identity.load()).toBeNull();
        await store.identity.save(DANA);
        expect(await store.identity.load()).toEqual(DANA);
        await store.identity.save(SAM);
        expect(await (await harness.reopen()).identity.load()).toEqual(SAM);
      });

      it('refuses an invalid identity, naming what is wrong, and keeps the stored one', async () => {
        await store.identity.save(DANA);
        const refused = await rejection(store.identity.save({ name: '  ', delegation: 'mars', role: 'observer' } as unknown as Identity));
        expect((refused as Error).message).toMatch(/name: Enter your name\. delegation: Choose U\.S\. or Israel\./);
        expect(await store.identity.load()).toEqual(DANA);
      });

      it('a damaged stored identity loads as none', async () => {
        await harness.putRawSetting('identity', { name: 'Dana', delegation: 'nowhere', role: 'delegate' });
        expect(await store.identity.load()).toBeNull();
      });

      it('a failing write is reported and the stored identity stays', async () => {
        await store.identity.save(DANA);
        harness.failNextWrite('settings', 'put');
        await expectStorageFailure(store.identity.save(SAM));
        expect(await store.identity.load()).toEqual(DANA);
      });
    });

    describe('settings', () => {
      it('saves, loads and clears the LAN session', async () => {
        expect(await store.settings.loadSession()).toBeNull();
        const hosted = session({ address: '192.168.1.20', port: 4444 });
        await store.settings.saveSession(hosted);
        expect(await (await harness.reopen()).settings.loadSession()).toEqual(hosted);
        await harness.store.settings.clearSession();
        expect(await harness.store.settings.loadSession()).toBeNull();
      });

      it('a stored session that is not valid loads as none; an invalid one is refused', async () => {
        await harness.putRawSetting('lanSession', { url: 'http://example.com', code: 'nonsense', hosting: null });
        expect(await store.settings.loadSession()).toBeNull();
        const refused = await rejection(store.settings.saveSession({ ...session(), url: 'not an address' }));
        expect((refused as Error).message).toMatch(/LAN session was not saved/);
      });

      it('keeps other key/values, and refuses the keys of the typed accessors', async () => {
        expect(await store.settings.get('theme')).toBeUndefined();
        await store.settings.put('theme', { mode: 'dark', sizes: [1, 2] });
        expect(await store.settings.get('theme')).toEqual({ mode: 'dark', sizes: [1, 2] });
        await store.settings.delete('theme');
        expect(await store.settings.get('theme')).toBeUndefined();
        await store.identity.save(DANA);
        expect((await rejection(store.settings.put('identity', { name: 'Mallory' }))) as Error).toBeInstanceOf(TypeError);
        expect((await rejection(store.settings.delete('lanSession'))) as Error).toBeInstanceOf(TypeError);
        expect(await store.identity.load()).toEqual(DANA);
      });

      it('failing writes are reported and what was stored stays', async () => {
        const kept = session();
        await store.settings.saveSession(kept);
        harness.failNextWrite('settings', 'delete');
        await expectStorageFailure(store.settings.clearSession());
        harness.failNextWrite('settings', 'put');
        await expectStorageFailure(store.settings.saveSession(session({ address: '10.0.0.1', port: 5000 })));
        expect(await store.settings.loadSession()).toEqual(kept);
      });
    });

    describe('closing', () => {
      it('after close every call rejects with a StorageError', async () => {
        await store.identity.save(DANA);
        store.close();
        const failures = [
          store.identity.load(), store.settings.get('x'), store.peers.list(), store.reviewMarks(WS).latest(),
          store.audit(WS).since(0), store.snapshots(WS).list(), store.updates(WS).readAll(),
          store.updates(WS).append(new Uint8Array([0]), crc32(new Uint8Array([0]))),
        ];
        for (const failure of failures) expect(await rejection(failure)).toBeInstanceOf(StorageError);
      });
    });
  });
}
