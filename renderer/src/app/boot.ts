import type * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { loadIdentity, saveIdentity } from '../features/identity/identity-storage';
import { getHost } from '../host/bridge';
import { DexieUpdateStore } from '../storage/dexie-update-store';
import { TandemDb } from '../storage/tandem-db';
import { formatSeedError } from '../../../shared/compact/seed-errors';
import { buildSeedParts, mergeSeedParts } from '../../../shared/workspace/seed-update';
import { loadBundledCompact } from '../compact/seed-bundle';
import { seedFingerprintProblem } from '../compact/seed-fingerprint';
import { DEFAULT_WORKSPACE_ID, openWorkspaceSession, type WorkspaceSession } from '../workspace/workspace-session';
import { lanSession } from '../sync/sync-controller';
import { startReviewWatch, stopReviewWatch } from '../features/review/review-watch';
import type { StorageMode } from './session-slice';
import { useTandemStore } from './store';

/**
 * Start-up: open local storage, find this laptop's identity (or ask for it), open the workspace.
 * Each failure ends in a screen that says what went wrong and offers a way forward (retry, or
 * work in memory and export); the window is never left blank.
 */
let db: TandemDb | null = null;
/** Used once local storage has failed; kept for the whole run so nothing typed there is dropped. */
let memoryStore: MemoryUpdateStore | null = null;
let identityInMemory: Identity | null = null;
let session: WorkspaceSession | null = null;
/** Built once per run from the validated seed; byte-identical on every laptop. */
let seedUpdate: Uint8Array | null = null;
/** Opening is serialised: two overlapping opens would leave a session running unseen. */
let opening: Promise<void> = Promise.resolve();

export function currentSession(): WorkspaceSession | null {
  return session;
}

/** The local database while it works; null before it opened, or after local storage failed. */
export function currentDb(): TandemDb | null {
  return db;
}

export async function boot(): Promise<void> {
  const state = useTandemStore.getState();
  state.setPhase({ kind: 'starting' });
  if (!seedUpdate) {
    const compact = loadBundledCompact();
    if (!compact.ok) {
      state.setPhase({ kind: 'seed-invalid', errors: compact.errors.map(formatSeedError) });
      return;
    }
    const parts = buildSeedParts(compact.data);
    const mismatch = await seedFingerprintProblem(parts);
    if (mismatch) {
      state.setPhase({ kind: 'seed-invalid', errors: [mismatch] });
      return;
    }
    state.setCompact(compact.data);
    seedUpdate = mergeSeedParts(parts);
  }
  let identity: Identity | null;
  try {
    db ??= new TandemDb();
    await db.open();
    identity = await loadIdentity(db);
  } catch (error) {
    storageFailed(error, null);
    return;
  }
  if (!identity) {
    state.setPhase({ kind: 'needs-identity' });
    return;
  }
  await openWorkspace(identity);
}

/**
 * First run, or a change of identity: store who this is, then (re)open the workspace under it.
 * The current session's edits are flushed first, under the identity that made them.
 */
export async function completeIdentity(identity: Identity): Promise<void> {
  await session?.writer.flush();
  if (db) await saveIdentity(db, identity);
  else identityInMemory = identity;
  await openWorkspace(identity);
}

/** The way forward when local storage fails: work in memory, and export before closing. */
export async function continueWithoutStorage(): Promise<void> {
  if (identityInMemory) await openWorkspace(identityInMemory);
  else useTandemStore.getState().setPhase({ kind: 'needs-identity' });
}

function openWorkspace(identity: Identity): Promise<void> {
  opening = opening.catch(() => undefined).then(() => reopen(identity));
  return opening;
}

/**
 * Opens (or reopens) the workspace under `identity`, on disk while local storage works and in
 * memory after it failed. Reopening gives the document a new Yjs client id, so a changed identity
 * never rewrites who made the earlier changes. If the old session's edits cannot be saved, it
 * stays open and the failure is shown.
 */
async function reopen(identity: Identity): Promise<void> {
  const state = useTandemStore.getState();
  if (session) {
    try {
      await session.writer.flush();
    } catch {
      state.setPhase({ kind: 'ready' });
      return;
    }
    lanSession.detach();
    await stopReviewWatch();
    session.close();
    session = null;
  }
  const store: UpdateStore = db ? new DexieUpdateStore(db, DEFAULT_WORKSPACE_ID) : (memoryStore ??= new MemoryUpdateStore());
  const mode: StorageMode = db ? 'disk' : 'memory';
  try {
    session = await openWorkspaceSession(store, DEFAULT_WORKSPACE_ID, {
      onActions: state.setActions,
      onInstitutions: state.setInstitutions,
      onEventDates: state.setEventDates,
      onInitiativeOwners: state.setInitiativeOwners,
      onPeople: state.setPeople,
      onUndoState: state.setUndoState,
      onSaveState: state.setSaveState,
      onNotice: state.setNotice,
    }, mode === 'disk', seedUpdate!);
    startReviewWatch(session, db, identity);
    const quarantined = await store.readQuarantine().catch(() => []);
    state.setIdentity(identity);
    state.setLoaded(session.report, quarantined.length, mode);
    state.setPhase({ kind: 'ready' });
  } catch (error) {
    storageFailed(error, identity);
    return;
  }
  // Rejoins the LAN session this laptop was in, if any; a failure is shown by the sync status.
  await lanSession.attach(session, identity, db).catch((error: unknown) => state.setSyncProblem({ message: describe(error), at: Date.now() }));
}

/**
 * Replaces what this laptop stores for the workspace (a restore), then opens it again from the
 * store. In order, serialised with every other open:
 *   1. the session's edits are flushed (a failure stops here: nothing has changed);
 *   2. the session is closed, so no edit can be written after the replacement, and the app shows
 *      "opening" meanwhile, so nothing can be typed into a closed document;
 *   3. `replace` runs with the store and the closed session's document (still readable);
 *   4. the workspace opens again from whatever the store holds: the new state, or the old one if
 *      `replace` failed, which it may do only atomically (UpdateStore.compact). So no outcome leaves
 *      the workspace closed or empty, and `replace`'s error is rethrown after the reopen.
 */
export function replaceLocalWorkspace(replace: (store: UpdateStore, doc: Y.Doc) => Promise<void>): Promise<void> {
  const run = opening.catch(() => undefined).then(async () => {
    const identity = useTandemStore.getState().identity;
    if (!session || !identity) throw new Error('No workspace is open.');
    await session.writer.flush();
    const { store, doc } = session;
    useTandemStore.getState().setPhase({ kind: 'starting' });
    // Everything bound to the old document goes with it: a LAN link left running would hand the
    // pre-restore state straight back to this laptop's reopened workspace.
    lanSession.detach();
    await stopReviewWatch();
    session.close();
    session = null;
    try {
      await replace(store, doc);
    } finally {
      await reopen(identity);
    }
  });
  opening = run;
  return run;
}

/**
 * Another window is replacing the stored workspace: close this window's session at once (without
 * waiting for anything, so it answers no sync request with its old state) and show "opening" until
 * `reopenWorkspace` runs. Its edits are already on their way: the writer hands each to storage in
 * the task that made it.
 */
export function suspendWorkspace(): void {
  if (!session) return;
  useTandemStore.getState().setPhase({ kind: 'starting' });
  // Hands a write that failed earlier to storage once more, in this task, before the writer goes.
  session.writer.flush().catch(() => undefined);
  // As in replaceLocalWorkspace: no LAN link or watcher may outlive the document it serves.
  lanSession.detach();
  void stopReviewWatch();
  session.close();
  session = null;
}

/** Opens the workspace again from the store, under the current identity. */
export function reopenWorkspace(): Promise<void> {
  const identity = useTandemStore.getState().identity;
  return identity ? openWorkspace(identity) : boot();
}

/** Local storage cannot be used this run: say why, and let "continue without saving" use memory. */
function storageFailed(error: unknown, identity: Identity | null): void {
  db?.close();
  db = null;
  identityInMemory = identity;
  useTandemStore.getState().setPhase({ kind: 'storage-failed', message: describe(error) });
}

/** Flush before the window goes away: on the host's close request, and whenever the page hides. */
export function installFlushOnClose(): void {
  const flush = async () => {
    await session?.writer.flush();
  };
  getHost().onCloseRequested(flush);
  document.addEventListener('visibilitychange', () => {
    // A failure here is already shown by the save indicator; nothing more to say.
    if (document.visibilityState === 'hidden') flush().catch(() => undefined);
  });
  window.addEventListener('beforeunload', (event) => {
    if (session && session.writer.saveState.kind === 'failed') event.preventDefault();
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
