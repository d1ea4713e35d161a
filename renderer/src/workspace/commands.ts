import type * as Y from 'yjs';
import { recordAuthor } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { addAction, editActionTitle, OperationError, setActionStatus, type NewAction } from '../../../shared/workspace/actions';
import type { ActionStatus } from '../../../shared/workspace/action-status';
import { setEventDate } from '../../../shared/workspace/event-dates';
import { currentSession } from '../app/boot';
import { useTandemStore } from '../app/store';

/**
 * What the UI may do to the workspace. Each command calls an operation from shared/ on the
 * document; the views follow from the document's change. An invalid edit is reported as a
 * notice and changes nothing.
 *
 * The author entry for this document's client id is written with the first edit, in the same
 * transaction, not when the workspace opens: a session that only looks adds nothing to the
 * document, and if Yjs ever changes the client id the next edit records the new one.
 */
function run<T>(operation: (doc: Y.Doc) => T): T | undefined {
  const session = currentSession();
  const identity = useTandemStore.getState().identity;
  if (!session || !identity) return undefined;
  const { doc } = session;
  try {
    const result = doc.transact(() => {
      const value = operation(doc);
      recordAuthor(doc, identity);
      return value;
    }, LOCAL_ORIGIN);
    useTandemStore.getState().setNotice(null);
    return result;
  } catch (error) {
    if (error instanceof OperationError) {
      useTandemStore.getState().setNotice(error.message);
      return undefined;
    }
    throw error;
  }
}

export const commands = {
  addAction: (input: NewAction) => run((doc) => addAction(doc, input)),
  renameAction: (id: string, title: string) => run((doc) => editActionTitle(doc, id, title)),
  setStatus: (id: string, status: ActionStatus) => run((doc) => setActionStatus(doc, id, status)),
  /** Gives an anchor event its date (null clears it); true when the document took it. */
  setEventDate: (eventId: string, date: string | null): boolean => {
    const known = new Set(useTandemStore.getState().compact?.events.map((event) => event.id) ?? []);
    return run((doc) => {
      setEventDate(doc, eventId, date, known);
      return true;
    }) ?? false;
  },
  retrySave: () => currentSession()?.writer.flush().catch(() => undefined),
};
