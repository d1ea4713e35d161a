import * as Y from 'yjs';

/**
 * Keeps two windows or tabs of the same workspace on one device in step. Both write to the same
 * IndexedDB log, so each persists its own edits; this channel only mirrors them live, with
 * TAB_ORIGIN so the receiver does not store them a second time. A new tab asks the others for
 * what its state vector lacks, which covers edits whose write had not landed when it loaded.
 *
 * Messages come only from this app's own windows on this device (same origin). They are still
 * checked like a peer's: a malformed message is dropped, and an update goes through `merge`, the
 * session's ShadowGate (proven on the shadow, then the semantic gate), so another window gets no
 * path around the workspace's rules; a refusal is reported.
 */
export const TAB_ORIGIN = Symbol('tandem:tab');

type TabMessage = { type: 'update'; update: Uint8Array } | { type: 'need'; stateVector: Uint8Array };

export function startTabSync(
  doc: Y.Doc,
  workspaceId: string,
  onRejected: (reason: string) => void,
  merge: (update: Uint8Array) => { readonly ok: boolean; readonly reason?: string },
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(`tandem:workspace:${workspaceId}`);
  const post = (message: TabMessage) => channel.postMessage(message);

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== TAB_ORIGIN) post({ type: 'update', update });
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
      const merged = merge(message.update);
      if (!merged.ok) onRejected(`Another window sent an update that was refused: ${merged.reason ?? 'unreadable'}`);
    }
  };
  doc.on('update', onUpdate);
  post({ type: 'need', stateVector: Y.encodeStateVector(doc) });
  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}
