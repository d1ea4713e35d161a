import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { authorOf, authorsOfUpdate, recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, authorsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import type { Identity } from '../../../shared/identity/identity';

const dana: Identity = { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' };
const sam: Identity = { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' };

describe('attribution', () => {
  it('attributes each change to the person and delegation that made it', () => {
    const tlv = createWorkspaceDoc();
    recordAuthor(tlv, dana);
    const id = addAction(tlv, { title: 'Q-1 fund terms' });
    const dc = createWorkspaceDoc();
    Y.applyUpdate(dc, Y.encodeStateAsUpdate(tlv));
    recordAuthor(dc, sam);
    const beforeSam = Y.encodeStateVector(tlv);
    setActionStatus(dc, id, 'agreed');
    const samUpdate = Y.encodeStateAsUpdate(dc, beforeSam);
    Y.applyUpdate(tlv, samUpdate);

    const [view] = deriveActions(tlv);
    expect(view?.createdBy).toEqual(dana);
    expect(view?.editedBy).toEqual(sam);
    expect([...authorsOfUpdate(tlv, samUpdate).values()]).toEqual([sam]);
  });

  it('writes the author entry once per identity and client', () => {
    const doc = createWorkspaceDoc();
    let updates = 0;
    doc.on('update', () => updates++);
    recordAuthor(doc, sam);
    recordAuthor(doc, sam);
    expect(updates).toBe(1);
    recordAuthor(doc, { ...sam, role: 'observer' });
    expect(updates).toBe(2);
    expect(authorOf(doc, doc.clientID)?.role).toBe('observer');
  });

  it('treats a malformed author entry from a peer as unknown', () => {
    const doc = createWorkspaceDoc();
    authorsMap(doc).set('12345', { name: 'X', delegation: 'atlantis', role: 'delegate' });
    expect(authorOf(doc, 12345)).toBeNull();
  });

  it('ignores a peer’s attempt to re-attribute someone else’s change', () => {
    const tlv = createWorkspaceDoc();
    recordAuthor(tlv, dana);
    const id = addAction(tlv, { title: 'CM-1 clean processing pilot' });
    const forger = createWorkspaceDoc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(tlv));
    recordAuthor(forger, sam);
    forger.transact(() => {
      // Claim Dana's client id for Sam, and stamp Dana's id on a change the forger makes.
      authorsMap(forger).set(String(tlv.clientID), { ...sam });
      const record = actionsMap(forger).get(id) as Y.Map<unknown>;
      record.set('status', 'done');
      record.set('editedBy', String(tlv.clientID));
    });
    Y.applyUpdate(tlv, Y.encodeStateAsUpdate(forger));

    expect(authorOf(tlv, tlv.clientID)).toBeNull();
    const [view] = deriveActions(tlv);
    expect(view?.createdBy).toBeNull();
    expect(view?.editedBy).toBeNull();
    expect(authorOf(tlv, forger.clientID)).toEqual(sam);
  });
});
