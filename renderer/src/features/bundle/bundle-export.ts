import type { SavedByDialog } from '../../../../shared/host/host-api';
import { BUNDLE_EXTENSION } from '../../../../shared/bundle/format';
import { bundleContentOf, writeBundle } from '../../../../shared/bundle/write-bundle';
import type { WorkspaceRuntime } from '../../runtime/workspace-runtime';
import type { KnownPeer } from '../../../../shared/bundle/known-peers';

/**
 * Writes a sync file of this workspace and hands it to the host's save dialog (a download in
 * browser mode). Observers may export: a file changes nothing here, and what it carries is theirs to
 * see. `peer` null: the whole workspace; otherwise what that peer lacks since it was last seen.
 */
export interface ExportChoice {
  readonly peer: KnownPeer | null;
  readonly passphrase: string | null;
}

/** The steps an export goes through, for the panel to word. */
export type ExportStep = 'encrypting' | 'preparing' | 'saving';

export async function exportSyncFile(runtime: WorkspaceRuntime, choice: ExportChoice, onStep: (step: ExportStep) => void, now: Date = new Date()): Promise<SavedByDialog | null> {
  const { session, identity } = runtime;
  onStep(choice.passphrase ? 'encrypting' : 'preparing');
  // The file carries a statement over everything this session wrote, and is signed by this laptop.
  await runtime.authorship.signer.flush();
  const content = bundleContentOf(session.doc, { ...identity, clientId: session.doc.clientID }, choice.peer?.stateVector ?? null, now);
  const signer = runtime.authorship.key;
  const bytes = await writeBundle(content, choice.passphrase ? { passphrase: choice.passphrase, signer } : { signer });
  onStep('saving');
  return runtime.host.saveFileDialog(syncFileName(identity.name, choice.peer?.name ?? null, now), bytes);
}

/** "tandem-dana-levi-for-sam-ortiz-2026-07-01-0930.tandem"; the host sanitises it again. */
export function syncFileName(from: string, to: string | null, now: Date): string {
  const iso = now.toISOString();
  const stamp = `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
  return `tandem-${slug(from)}${to ? `-for-${slug(to)}` : '-whole'}-${stamp}.${BUNDLE_EXTENSION}`;
}

function slug(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return ascii || 'peer';
}
