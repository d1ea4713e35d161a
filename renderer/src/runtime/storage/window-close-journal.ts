import { CloseJournal } from '../../../../shared/persistence/close-journal';
import type { UpdateStore } from '../../../../shared/persistence/update-store';
import type { UpdateWriter } from '../../../../shared/persistence/update-writer';

/**
 * This window's page-close journal (shared/persistence/close-journal.ts) on localStorage: what
 * earlier windows kept when they closed goes into the log before the workspace loads, and this
 * window keeps its unconfirmed edits on `pagehide`. Returns the unhooking, for the session's close.
 * Without a page (Node) or without localStorage, there is nothing to do.
 */
export async function openWindowCloseJournal(
  store: UpdateStore,
  workspaceId: string,
  setNotice: (message: string) => void,
): Promise<{ watch(writer: UpdateWriter): () => void }> {
  const storage = pageStorage();
  if (!storage) return { watch: () => () => undefined };
  const journal = new CloseJournal(storage, workspaceId, crypto.randomUUID());
  try {
    await journal.drainInto(store);
  } catch (error) {
    // The entries stay where they are and are moved by the next window that can.
    setNotice(`Edits kept when a window closed could not be stored yet: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    watch(writer) {
      const keep = () => {
        journal.keep(writer.unconfirmed());
      };
      window.addEventListener('pagehide', keep);
      return () => window.removeEventListener('pagehide', keep);
    },
  };
}

function pageStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // A profile with storage disabled throws on access.
    return null;
  }
}
