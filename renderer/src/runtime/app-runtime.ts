import type * as Y from 'yjs';
import { formatSeedError } from '../../../shared/compact/seed-errors';
import type { CompactData } from '../../../shared/compact/types';
import type { HostApi } from '../../../shared/host/host-api';
import type { Identity } from '../../../shared/identity/identity';
import type { LocalStore } from '../../../shared/local-store/local-store';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { buildSeedParts, mergeSeedParts } from '../../../shared/workspace/seed-update';
import { syncProblem } from '../../../shared/sync/sync-problem';
import { listenForRestores } from './restore-coordination';
import type { RuntimeSink } from './runtime-sink';
import { loadBundledCompact } from './seed/seed-bundle';
import { seedFingerprintProblem } from './seed/seed-fingerprint';
import { DexieLocalStore } from './storage/dexie-local-store';
import { DEFAULT_WORKSPACE_ID } from './workspace-session';
import { openWorkspaceRuntime, type RuntimeStores, type WorkspaceRuntime } from './workspace-runtime';

export interface AppRuntimeOptions {
  readonly sink: RuntimeSink;
  readonly host: HostApi;
  /** Reloads the page so that it takes a new session server into its security policy. */
  readonly reloadForSessionServer: () => void;
}

/**
 * The app's one owner of what is open, made once by the shell and handed to React through
 * context: local storage (or memory after it failed), the validated seed, and the current
 * WorkspaceRuntime. Start-up and every reopen go through here, serialised; each failure ends in
 * a phase that says what went wrong and offers a way forward (retry, or work in memory and
 * export), so the window is never left blank.
 */
export class AppRuntime {
  /** This laptop's storage while it works; null before it opened, or after it failed. */
  private disk: LocalStore | null = null;
  /**
   * Used once local storage has failed; kept for the whole run so nothing typed there is dropped
   * (identity included: "continue without saving" reopens under the identity last asked for).
   */
  private memory: MemoryLocalStore | null = null;
  private identityInMemory: Identity | null = null;
  private runtime: WorkspaceRuntime | null = null;
  /** Built once per run from the validated seed; byte-identical on every laptop. */
  private seed: { readonly update: Uint8Array; readonly compact: CompactData } | null = null;
  /** Opening is serialised: two overlapping opens would leave a workspace running unseen. */
  private opening: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private stopRestoreListener: (() => void) | null = null;

  constructor(private readonly options: AppRuntimeOptions) {}

  /** The open workspace, or null while none is (starting, reopening, or a failure shown). */
  current(): WorkspaceRuntime | null {
    return this.runtime;
  }

  /** Called whenever `current()` changes (React subscribes through useSyncExternalStore). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async boot(): Promise<void> {
    const { sink } = this.options;
    sink.setPhase({ kind: 'starting' });
    if (!this.seed) {
      const compact = loadBundledCompact();
      if (!compact.ok) {
        sink.setPhase({ kind: 'seed-invalid', errors: compact.errors.map(formatSeedError) });
        return;
      }
      const parts = buildSeedParts(compact.data);
      const mismatch = await seedFingerprintProblem(parts);
      if (mismatch) {
        sink.setPhase({ kind: 'seed-invalid', errors: [mismatch] });
        return;
      }
      sink.setCompact(compact.data);
      this.seed = { update: mergeSeedParts(parts), compact: compact.data };
    }
    let identity: Identity | null;
    try {
      this.disk ??= await DexieLocalStore.open();
      identity = await this.disk.identity.load();
    } catch (error) {
      this.storageFailed(error, null);
      return;
    }
    if (!identity) {
      sink.setPhase({ kind: 'needs-identity' });
      return;
    }
    await this.open(identity);
  }

  /**
   * First run, or a change of identity: store who this is, then (re)open the workspace under it.
   * The current workspace's edits are flushed first, under the identity that made them.
   */
  async completeIdentity(identity: Identity): Promise<void> {
    await this.runtime?.session.writer.flush();
    if (this.disk) await this.disk.identity.save(identity);
    else this.identityInMemory = identity;
    await this.open(identity);
  }

  /** The way forward when local storage fails: work in memory, and export before closing. */
  async continueWithoutStorage(): Promise<void> {
    if (this.identityInMemory) await this.open(this.identityInMemory);
    else this.options.sink.setPhase({ kind: 'needs-identity' });
  }

  /**
   * Replaces what this laptop stores for the workspace (a restore), then opens it again from the
   * store. In order, serialised with every other open:
   *   1. the workspace's edits are flushed (a failure stops here: nothing has changed);
   *   2. the workspace is closed, so no edit can be written after the replacement, and the app shows
   *      "opening" meanwhile, so nothing can be typed into a closed document;
   *   3. `replace` runs with the store and the closed workspace's document (still readable);
   *   4. the workspace opens again from whatever the store holds: the new state, or the old one if
   *      `replace` failed, which it may do only atomically (UpdateStore.compact). So no outcome leaves
   *      the workspace closed or empty, and `replace`'s error is rethrown after the reopen.
   */
  replaceLocalWorkspace(replace: (doc: Y.Doc) => Promise<void>): Promise<void> {
    const run = this.opening.catch(() => undefined).then(async () => {
      const runtime = this.runtime;
      if (!runtime) throw new Error('No workspace is open.');
      await runtime.session.writer.flush();
      const { doc } = runtime.session;
      this.options.sink.setPhase({ kind: 'starting' });
      await this.closeCurrent();
      try {
        await replace(doc);
      } finally {
        await this.reopen(runtime.identity);
      }
    });
    this.opening = run;
    return run;
  }

  /**
   * Another window is replacing the stored workspace: close this window's workspace at once
   * (unhooked in this task, so it answers no sync request with its old state) and show "opening"
   * until `reopenWorkspace` runs. Its edits are already on their way: the writer hands each to
   * storage in the task that made it.
   */
  suspendWorkspace(): void {
    const runtime = this.runtime;
    if (!runtime) return;
    this.options.sink.setPhase({ kind: 'starting' });
    // Hands a write that failed earlier to storage once more, in this task, before the writer goes.
    runtime.session.writer.flush().catch(() => undefined);
    void this.closeCurrent();
  }

  /** Opens the workspace again from the store, under the identity it had (or from the start). */
  reopenWorkspace(identity: Identity | null): Promise<void> {
    return identity ? this.open(identity) : this.boot();
  }

  /** Stores what is pending; on the host's close request and whenever the page hides. */
  async flush(): Promise<void> {
    await this.runtime?.session.writer.flush();
  }

  /** True while the last save failed: closing now would lose edits. */
  hasUnsavedEdits(): boolean {
    return this.runtime?.session.writer.saveState.kind === 'failed';
  }

  private open(identity: Identity): Promise<void> {
    this.opening = this.opening.catch(() => undefined).then(() => this.reopen(identity));
    return this.opening;
  }

  /**
   * Opens (or reopens) the workspace under `identity`, on disk while local storage works and in
   * memory after it failed. Reopening gives the document a new Yjs client id, so a changed identity
   * never rewrites who made the earlier changes. If the old workspace's edits cannot be saved, it
   * stays open and the failure is shown.
   */
  private async reopen(identity: Identity): Promise<void> {
    const { sink } = this.options;
    if (this.runtime) {
      try {
        await this.runtime.session.writer.flush();
      } catch {
        sink.setPhase({ kind: 'ready' });
        return;
      }
      await this.closeCurrent();
    }
    const stores = this.stores();
    try {
      const runtime = await openWorkspaceRuntime({
        stores, identity, compact: this.seed!.compact, seedUpdate: this.seed!.update, sink, host: this.options.host,
        replaceLocal: (replace) => this.replaceLocalWorkspace(replace),
        reloadForSessionServer: this.options.reloadForSessionServer,
      });
      this.setCurrent(runtime);
      this.stopRestoreListener = listenForRestores(DEFAULT_WORKSPACE_ID, () => this.suspendWorkspace(), () => this.reopenWorkspace(identity));
      const quarantined = await runtime.session.store.readQuarantine().catch(() => []);
      sink.setIdentity(identity);
      sink.setLoaded(runtime.session.report, quarantined.length, stores.mode);
      sink.setPhase({ kind: 'ready' });
      // Rejoins the LAN session this laptop was in, if any; a failure is shown by the sync status.
      // Connects to the relay this workspace is linked to, if any, at the same time.
      await Promise.all([
        runtime.lan.attach().catch((error: unknown) => sink.setSyncProblem(syncProblem({ kind: 'other', detail: describe(error) }))),
        runtime.relay.attach().catch((error: unknown) => sink.setSyncProblem(syncProblem({ kind: 'other', detail: describe(error) }))),
      ]);
    } catch (error) {
      this.storageFailed(error, identity);
    }
  }

  private stores(): RuntimeStores {
    return this.disk ? { mode: 'disk', local: this.disk } : { mode: 'memory', local: (this.memory ??= new MemoryLocalStore()) };
  }

  /** The one way a workspace goes: unhooked from restores, then its runtime's close(). */
  private async closeCurrent(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime) return;
    this.stopRestoreListener?.();
    this.stopRestoreListener = null;
    this.setCurrent(null);
    await runtime.close();
  }

  private setCurrent(runtime: WorkspaceRuntime | null): void {
    this.runtime = runtime;
    for (const listener of [...this.listeners]) listener();
  }

  /** Local storage cannot be used this run: say why, and let "continue without saving" use memory. */
  private storageFailed(error: unknown, identity: Identity | null): void {
    this.disk?.close();
    this.disk = null;
    this.identityInMemory = identity;
    this.options.sink.setPhase({ kind: 'storage-failed', message: describe(error) });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
