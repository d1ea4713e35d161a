import { expect } from 'vitest';
import * as Y from 'yjs';
import type { SnapshotDraft } from '../../../../shared/backups/snapshot-record';
import type { Identity } from '../../../../shared/identity/identity';
import type { LocalTable, WriteKind } from '../../../../shared/persistence/access-probe';
import type { LocalStore } from '../../../../shared/local-store/local-store';
import { loadWorkspace } from '../../../../shared/persistence/load-workspace';
import { sealUpdate } from '../../../../shared/persistence/record-check';
import { StorageError, type UpdateStore } from '../../../../shared/persistence/update-store';
import type { AuditEntry } from '../../../../shared/review/audit';
import type { ReviewMark } from '../../../../shared/review/review-marks';
import type { ReviewSnapshot } from '../../../../shared/review/review-diff';
import { createJoinCode } from '../../../../shared/sync/join-code';
import type { SessionSettings } from '../../../../shared/sync/session-settings';
import { deriveActions } from '../../../../shared/workspace/action-view';
import { addAction } from '../../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../../shared/workspace/schema';

/**
 * The LocalStore contract (shared/local-store/local-store.ts), one suite run against every
 * implementation: memory (local-store-memory.test.ts) and Dexie over fake-indexeddb
 * (local-store-dexie.test.ts). A harness gives a fresh, empty store per test and the few things
 * a test cannot do through the interface: make a write fail, reopen the storage as a restart
 * would, and put rows exactly as a damaged disk might hold them.
 *
 * The cases are in this folder, one file per concern; local-store.contract.ts runs them all.
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

export const WS = 'workspace-a';
export const OTHER = 'workspace-b';
export const DANA: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' };
export const SAM: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' };
export const DAY = 24 * 60 * 60 * 1000;
export const T0 = Date.parse('2026-03-01T09:00:00Z');

/** A sealed update adding one action, written by a document of its own. */
export function actionUpdate(title: string): { bytes: Uint8Array; checksum: number } {
  const doc = createWorkspaceDoc();
  addAction(doc, { title });
  return sealUpdate(Y.encodeStateAsUpdate(doc));
}

export async function titlesIn(updates: UpdateStore): Promise<string[]> {
  const doc = createWorkspaceDoc();
  await loadWorkspace(updates, doc);
  return deriveActions(doc).map((action) => action.title).sort();
}

export async function appendTitles(updates: UpdateStore, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    const sealed = actionUpdate(title);
    await updates.append(sealed.bytes, sealed.checksum);
  }
}

/** The full state of a document holding these actions. */
export function stateWith(titles: readonly string[]): Uint8Array {
  const doc = createWorkspaceDoc();
  for (const title of titles) addAction(doc, { title });
  return Y.encodeStateAsUpdate(doc);
}

export function titlesOfState(bytes: unknown): string[] {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, bytes as Uint8Array);
  return deriveActions(doc).map((action) => action.title).sort();
}

export function draft(kind: SnapshotDraft['kind'], now: number, titles: readonly string[] = ['Seed']): SnapshotDraft {
  return { kind, reason: `${kind} at ${now}`, takenBy: 'Dana Levi (Israel, note-taker)', now, state: () => stateWith(titles) };
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, and it succeeded.');
}

/** A rejection that is a StorageError naming the quota, as every storage failure must be. */
export async function expectStorageFailure(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(StorageError);
  expect((error as Error).message).toMatch(/^Could not .+quota/i);
}

export function stateVector(entries: readonly [number, number][]): Uint8Array {
  return Y.encodeStateVector(new Map(entries));
}

export function decoded(vector: Uint8Array): [number, number][] {
  return [...Y.decodeStateVector(vector)].sort((a, b) => a[0] - b[0]);
}

export const reviewSnapshot = (clock: number): ReviewSnapshot => ({ v: 1, actions: {}, clocks: { '7': clock } });
export const mark = (at: number, clock: number, reviewer: Identity = DANA): ReviewMark => ({ at, reviewer, snapshot: reviewSnapshot(clock) });

export function auditEntry(at: number, field: AuditEntry['field'], before: string, after: string, actionId = 'a1'): AuditEntry {
  return { at, who: { name: DANA.name, delegation: DANA.delegation }, actionId, actionTitle: 'Launch the pilot', field, before, after, source: 'local', sourceLabel: '' };
}

export function session(hosting: SessionSettings['hosting'] = null): SessionSettings {
  return { url: 'ws://192.168.1.20:4444', code: createJoinCode(new Uint8Array(24).map((_, i) => i * 7)), hosting };
}

/** What every case reads: the current test's harness and store (fresh before each test). */
export interface ContractContext {
  readonly harness: LocalStoreHarness;
  readonly store: LocalStore;
}
