import type { Identity } from '../../../shared/identity/identity';
import { MemoryUpdateStore } from '../../../shared/persistence/memory-update-store';
import type { UpdateStore } from '../../../shared/persistence/update-store';
import { loadIdentity, saveIdentity } from '../features/identity/identity-storage';
import { getHost } from '../host/bridge';
import { DexieUpdateStore } from '../storage/dexie-update-store';
import { TandemDb } from '../storage/tandem-db';
import { DEFAULT_WORKSPACE_ID, openWorkspaceSession, type WorkspaceSession } from '../workspace/workspace-session';
import type { StorageMode } from './session-slice';
import { useTandemStore } from './store';

/**
 * Start-up: open local storage, find this laptop's identity (or ask for it), open the workspace.
 * Each failure ends in a screen that says what went wrong and offers a way forward; the window
 * is never left blank.
 */
let db: TandemDb | null = null;
/** Used only when local storage cannot be opened; kept for the whole run so nothing is dropped. */
let memoryStore: MemoryUpdateStore | null = null;
let identityInMemory: Identity | null = null;
let session: WorkspaceSession | null = null;

export function currentSession(): WorkspaceSession | null {
  return session;
}

export async function boot(): Promise<void> {
  const state = useTandemStore.getState();
  state.setPhase({ kind: 'starting' });
  let identity: Identity | null;
  try {
    db ??= new TandemDb();
    await db.open();
    identity = await loadIdentity(db);
  } catch (error) {
    db?.close();
    db = null;
    state.setPhase({ kind: 'storage-failed', message: describe(error) });
    return;
  }
  if (!identity) {
    state.setPhase({ kind: 'needs-identity' });
    return;
  }
  await openWorkspace(identity, new DexieUpdateStore(db, DEFAULT_WORKSPACE_ID), 'disk');
}

/** First run: store who this is, then open the workspace under that identity. */
export async function completeIdentity(identity: Identity): Promise<void> {
  if (db) {
    await saveIdentity(db, identity);
    await openWorkspace(identity, new DexieUpdateStore(db, DEFAULT_WORKSPACE_ID), 'disk');
  } else {
    identityInMemory = identity;
    await openWorkspace(identity, (memoryStore ??= new MemoryUpdateStore()), 'memory');
  }
}

/** The way forward when local storage cannot be opened: work in memory, and export before closing. */
export async function continueWithoutStorage(): Promise<void> {
  if (identityInMemory) await openWorkspace(identityInMemory, (memoryStore ??= new MemoryUpdateStore()), 'memory');
  else useTandemStore.getState().setPhase({ kind: 'needs-identity' });
}

/**
 * Opens (or reopens) the workspace under `identity`. Reopening gives the document a new Yjs client
 * id, so a changed identity never rewrites who made the earlier changes. The old session's
 * pending edits are flushed first; if they cannot be saved, the old session stays open.
 */
async function openWorkspace(identity: Identity, store: UpdateStore, mode: StorageMode): Promise<void> {
  const state = useTandemStore.getState();
  if (session) {
    await session.writer.flush();
    session.close();
    session = null;
  }
  try {
    session = await openWorkspaceSession(store, DEFAULT_WORKSPACE_ID, identity, {
      onActions: state.setActions,
      onSaveState: state.setSaveState,
      onNotice: state.setNotice,
    });
    const quarantined = await store.readQuarantine();
    state.setIdentity(identity);
    state.setLoaded(session.report, quarantined.length, mode);
    state.setPhase({ kind: 'ready' });
  } catch (error) {
    state.setPhase({ kind: 'storage-failed', message: describe(error) });
  }
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
