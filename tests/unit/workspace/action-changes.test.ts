import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { changedActions } from '../../../shared/workspace/action-changes';
import { deriveActions, type ActionView } from '../../../shared/workspace/action-view';
import { editActionDescription, setActionDeleted } from '../../../shared/workspace/action-edits';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { moveAction } from '../../../shared/workspace/board';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';

/**
 * Incremental derivation (only the records a transaction touched) must always equal a full one,
 * for local edits, remote updates touching several records, deletions of records, and author
 * changes that rename everyone.
 */
describe('incremental action views', () => {
  it('equal a full derivation after any sequence of local and remote changes', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(), fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 40 }), (steps) => {
      const doc = createWorkspaceDoc();
      const peer = createWorkspaceDoc();
      let views: readonly ActionView[] = deriveActions(doc);
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        views = deriveActions(doc, views, changedActions(doc, tr));
      });
      for (const [kind, pick, text] of steps) {
        const ids = [...actionsMap(doc).keys()].sort();
        const id = ids.length ? ids[pick % ids.length]! : null;
        if (kind === 0 || !id) addAction(doc, { title: text.trim() || 'x' });
        // A title the app takes (a blank one is refused since the text-limits change).
        else if (kind === 1) editActionTitle(doc, id, text.trim() ? text : `x${text}`);
        else if (kind === 2) setActionStatus(doc, id, 'agreed');
        else if (kind === 3) editActionDescription(doc, id, text);
        else if (kind === 4) {
          if ((actionsMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('deleted') !== true) moveAction(doc, id, 'appropriations', pick % 5);
        }
        else if (kind === 5) setActionDeleted(doc, id, pick % 2 === 0);
        else if (kind === 6) doc.transact(() => actionsMap(doc).delete(id));
        else if (kind === 7) recordAuthor(doc, { name: text.trim() || 'x', delegation: 'us', role: 'delegate' });
        else {
          Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
          const peerIds = [...actionsMap(peer).keys()];
          if (peerIds.length) editActionTitle(peer, peerIds[pick % peerIds.length]!, `${text} (peer)`);
          addAction(peer, { title: `peer ${text}` });
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'remote');
        }
        expect(views).toEqual(deriveActions(doc));
      }
    }), { numRuns: 80 });
  });
});
