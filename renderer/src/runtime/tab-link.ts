import * as Y from 'yjs';
import type { RemoteApply } from '../../../shared/sync/remote-update';
import { originPolicy, RemoteOrigin } from '../../../shared/workspace/origins';

/**
 * Keeps two windows or tabs of the same workspace on one device in step. Both write to the same
 * IndexedDB log, so each persists its own edits; this channel only mirrors them live. What a
 * window receives goes through the same gate as a peer's update (`merge`: proven on a shadow, all
 * or nothing) with a `tab` origin, which the origin table marks as not stored and not audited
 * (the window that made the change did both) but checked for conflicts: two windows editing one
 * field at once file a conflict like two laptops do. A new window asks the others for what its
 * state vector lacks, which covers edits whose write had not landed when it loaded.
 */
type TabMessage = { type: 'update'; update: Uint8Array } | { type: 'need'; stateVector: Uint8Array };

export function startTabLink(
  doc: Y.Doc,
  workspaceId: string,
  merge: (update: Uint8Array, origin: RemoteOrigin) => RemoteApply,
  onRejected: (reason: string) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(`tandem:workspace:${workspaceId}`);
  const post = (message: TabMessage) => channel.postMessage(message);

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (originPolicy(origin).toWindows) post({ type: 'update', update });
  };
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<TabMessage> | null;
    if (message?.type === 'need' && message.stateVector instanceof Uint8Array) {
      try {
        post({ type: 'update', update: Y.encodeStateAsUpdate(doc, message.stateVector) });
      } catch {
        onRejected('Another window sent an unreadable state vector.');
      }
    } else if (message?.type === 'update' && message.update instanceof Uint8Array) {
      const applied = merge(message.update, new RemoteOrigin('tab', 'another window'));
      if (!applied.ok) onRejected(`Another window sent an update that was refused: ${applied.reason}`);
    }
  };
  doc.on('update', onUpdate);
  post({ type: 'need', stateVector: Y.encodeStateVector(doc) });
  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}
