/**
 * Restores and other windows. Every window of a workspace on this laptop shares its IndexedDB
 * log, and mirrors its document to the others (runtime/tab-link.ts). A window still holding the
 * old state would hand it straight back to the restored one, so during a restore the others must
 * be closed, and open again only once the log holds the snapshot:
 *
 *   restoring window                          other windows
 *   takes the Web Lock "tandem:restore:<id>"
 *   posts "restoring" ───────────────────────> close their session at once (no sync replies),
 *   replaces the log, reopens                  then wait for the same lock
 *   releases the lock ───────────────────────> reopen from the log
 *
 * The browser releases a lock when its holder's page goes away, so a window that crashes in the
 * middle of a restore never leaves the others waiting.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API
 */
const windowId = crypto.randomUUID();

const nameFor = (workspaceId: string) => `tandem:restore:${workspaceId}`;

interface RestoringMessage {
  readonly type: 'restoring';
  readonly from: string;
}

/** Runs `restore` holding the workspace's restore lock, after telling the other windows. */
export function whileRestoring<T>(workspaceId: string, restore: () => Promise<T>): Promise<T> {
  return navigator.locks.request(nameFor(workspaceId), async () => {
    const channel = new BroadcastChannel(nameFor(workspaceId));
    try {
      channel.postMessage({ type: 'restoring', from: windowId } satisfies RestoringMessage);
      return await restore();
    } finally {
      channel.close();
    }
  });
}

/** In every window: on another window's restore, `suspend` now and `reopen` once it is over. */
export function listenForRestores(workspaceId: string, suspend: () => void, reopen: () => Promise<void>): () => void {
  const channel = new BroadcastChannel(nameFor(workspaceId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<RestoringMessage> | null;
    if (message?.type !== 'restoring' || message.from === windowId) return;
    suspend();
    void navigator.locks.request(nameFor(workspaceId), () => reopen());
  };
  return () => channel.close();
}
