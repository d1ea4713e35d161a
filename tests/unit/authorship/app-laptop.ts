import type * as Y from 'yjs';
import { mergeImport, prepareImport, type ImportTarget } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import type { Identity } from '../../../shared/identity/identity';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { describeVerdict } from '../../../shared/authorship/verify';
import type { UnverifiedPolicy } from '../../../shared/authorship/unverified-policy';
import { recordAuthor } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { openLaptopAuthorship, type LaptopAuthorship } from '../../../renderer/src/runtime/authorship/laptop-authorship';
import { openWorkspaceSession, type SessionCallbacks, type WorkspaceSession } from '../../../renderer/src/runtime/workspace-session';
import { SEED_UPDATE } from '../bundle/laptops';

/**
 * A laptop as the app opens one (workspace-runtime.ts): the real session (update log, own-writers
 * bookkeeping, gate) and the real laptop authorship (key, digest cache of this session's client
 * only, signer), over one in-memory local store that outlives a reload. Sync files are written and
 * merged as bundle-export.ts and bundle-import.ts do.
 */
const WORKSPACE = 'default';

const quiet: SessionCallbacks = {
  setActions() {}, setAgreements() {}, setInstitutions() {}, setEventDates() {}, setInitiativeOwners() {}, setPeople() {}, setMeetings() {}, setThreads() {}, setUndoState() {}, setSaveState() {}, setNotice() {},
};

export interface AppLaptop {
  readonly identity: Identity;
  readonly local: MemoryLocalStore;
  readonly session: WorkspaceSession;
  readonly authorship: LaptopAuthorship;
  readonly doc: Y.Doc;
  /** `change` as this person's local edit, their author entry with it. */
  edit<T>(change: (doc: Y.Doc) => T): T;
  /**
   * Closes this window and opens the workspace again: a new Y.Doc, so a new client id. As the app
   * does when the page goes (app-runtime.ts): the update log is flushed, the signer is not, so
   * what was typed in the last moments before is stored but not yet signed.
   */
  reload(): Promise<AppLaptop>;
  /** A whole-workspace sync file, as ExportPanel writes it. */
  exportFile(now?: Date): Promise<Uint8Array>;
  /**
   * Previews and merges a file as ImportPanel does, learning a first-met key after the merge. With
   * the outcome, the writers the preview could not verify, this laptop's own ids aside.
   */
  importFile(file: Uint8Array, fileName: string, policy?: UnverifiedPolicy): Promise<Imported>;
  close(): Promise<void>;
}

export interface Imported {
  /** Merged (and whether anything was new), or the refusal's reason. */
  readonly outcome: { readonly ok: true; readonly nothingNew: boolean } | { readonly ok: false; readonly reason: string };
  readonly unverified: readonly string[];
}

export async function appLaptop(identity: Identity, local: MemoryLocalStore = new MemoryLocalStore()): Promise<AppLaptop> {
  let undo: string | null = null;
  const undoStore = { load: () => undo, save: (next: string) => void (undo = next) };
  const session = await openWorkspaceSession(local.updates(WORKSPACE), WORKSPACE, quiet, false, SEED_UPDATE, undoStore, local.settings);
  const authorship = await openLaptopAuthorship(session.doc, local.settings, () => identity, (error) => { throw error; }, () => session.ownClientIds(null));
  const { doc } = session;
  const target = (policy: UnverifiedPolicy): ImportTarget => ({
    doc, ownClientIds: session.ownClientIds, knownKeys: authorship.known, unverifiedPolicy: policy,
    merge: (update, origin) => session.mergeRemote(update, origin),
  });
  const close = async () => {
    await session.writer.flush();
    authorship.close();
    session.close();
    // The own-writers record is saved in the task of the edit; let it land.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    identity, local, session, authorship, doc,
    edit: (change) => doc.transact(() => {
      const result = change(doc);
      recordAuthor(doc, identity);
      return result;
    }, LOCAL_ORIGIN),
    async reload() {
      await close();
      doc.destroy();
      return appLaptop(identity, local);
    },
    async exportFile(now = new Date('2026-07-01T09:30:00.000Z')) {
      await authorship.signer.flush();
      const content = bundleContentOf(doc, { ...identity, clientId: doc.clientID }, null, now);
      return writeBundle(content, { signer: authorship.key });
    },
    async importFile(file, fileName, policy = 'refuse') {
      const prepared = await prepareImport(await readEnvelope(file), target(policy), { workspace: WORKSPACE_ID, fileName });
      if (!prepared.ok) return { outcome: { ok: false, reason: prepared.reason }, unverified: [] };
      const own = new Set([doc.clientID, ...session.ownClientIds(null)]);
      const unverified = prepared.writers
        .filter(({ client, verdict }) => !own.has(client) && !verdict.verified)
        .map(({ client, verdict }) => `${client} ${describeVerdict(verdict)}`);
      const outcome = mergeImport(prepared, target(policy), fileName);
      const { signature, sender } = prepared.envelope;
      if (outcome.ok && signature && prepared.sender.kind === 'unknown-key') await authorship.known.learn(signature.publicKey, sender, 'file');
      return { outcome: outcome.ok ? outcome : { ok: false, reason: outcome.reason }, unverified };
    },
    close: async () => {
      await close();
      doc.destroy();
    },
  };
}
