import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_FRAME_PAYLOAD, FRAME_HEADER_BYTES } from '../../../shared/sync/frame-format';
import { encodePeerMessage } from '../../../shared/sync/peer-protocol';
import { presenceList } from '../../../shared/sync/presence';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { actionsMap, LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { Connection, flush, stateVector } from './peer-harness';
import { dana, edit, expectCleanEnds, expectConverged, laptop, sharedStart, titleOf, yael, avi } from './peer-session-fixtures';

describe('PeerSession between two laptops', () => {
  it('converges after thousands of offline edits on both sides, conflicting ones included', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const shared = sharedStart(a, b, 20);
    edit(a, 3000, 'dana', shared);
    edit(b, 3000, 'yael', shared);
    expect(stateVector(a.doc)).not.toBe(stateVector(b.doc));

    const link = new Connection(a, b).start();
    flush(link);

    expectConverged(a, b);
    expectCleanEnds(link.a, link.b);
    expect(actionsMap(a.doc).size).toBe(20 + 300 + 300);
    // The conflicting title edits resolved the same way on both sides, to one side's text or a merge of both.
    for (const id of shared) expect(titleOf(a.doc, id)).toBe(titleOf(b.doc, id));
  });

  it('sends a catch-up larger than 256 KiB in frames of at most 16 KiB plus the header', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    edit(a, 7000, 'dana', [], 450);
    const link = new Connection(a, b).start();
    flush(link);

    expectConverged(a, b);
    expectCleanEnds(link.a, link.b);
    expect(Math.max(...link.a.sentMessages)).toBeGreaterThan(256 * 1024);
    expect(Math.max(...link.a.sentFrames)).toBeLessThanOrEqual(DEFAULT_FRAME_PAYLOAD + FRAME_HEADER_BYTES);
    expect(link.a.sentFrames.length).toBeGreaterThan(16);
  });

  it('carries live edits both ways after the sync, without echoing them back', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const [id] = sharedStart(a, b, 1) as [string];
    const link = new Connection(a, b).start();
    flush(link);
    const sentByB = link.b.sentMessages.length;

    editActionTitle(a.doc, id, 'typed on Dana’s laptop');
    flush(link);
    expect(titleOf(b.doc, id)).toBe('typed on Dana’s laptop');
    expect(link.b.sentMessages.length).toBe(sentByB); // B merged it and sent nothing back

    const added = addAction(b.doc, { title: 'from Yael' });
    editActionTitle(b.doc, id, 'Yael’s wording');
    flush(link);
    expect(titleOf(a.doc, added)).toBe('from Yael');
    expect(titleOf(a.doc, id)).toBe('Yael’s wording');
    expectConverged(a, b);
    expectCleanEnds(link.a, link.b);
  });

  it('exchanges presence: each laptop sees the other, not itself', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const link = new Connection(a, b).start();
    flush(link);
    expect(presenceList(a.awareness.getStates(), a.doc.clientID)).toEqual([{ clientId: b.doc.clientID, identity: yael, editing: null }]);
    b.awareness.setLocalState({ identity: yael, editing: 'action-7' });
    flush(link);
    expect(presenceList(a.awareness.getStates(), a.doc.clientID)).toEqual([{ clientId: b.doc.clientID, identity: yael, editing: 'action-7' }]);
    expect(presenceList(b.awareness.getStates(), b.doc.clientID).map((p) => p.identity)).toEqual([dana]);
  });

  it("labels every merge from the peer with a RemoteOrigin carrying the peer's name", () => {
    const a = laptop(dana);
    const b = laptop(yael);
    edit(b, 50, 'yael');
    const origins: unknown[] = [];
    a.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== LOCAL_ORIGIN) origins.push(transaction.origin);
    });
    const link = new Connection(a, b).start();
    flush(link); // the catch-up (STEP2)
    addAction(b.doc, { title: 'live' });
    flush(link); // a live UPDATE
    expect(origins).toHaveLength(2);
    for (const origin of origins) {
      expect(origin).toBeInstanceOf(RemoteOrigin);
      expect(origin).toMatchObject({ kind: 'peer', label: 'Yael' });
    }
    expect(link.a.session.origin).toBe(origins[0]);
  });

  it('fires onHello and onSynced once each; the same hello again is a retry, another one is refused and renames no one', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const link = new Connection(a, b).start();
    flush(link);
    expect(link.a.hellos).toEqual([{ clientId: b.doc.clientID, identity: yael }]);
    expect(link.b.hellos).toEqual([{ clientId: a.doc.clientID, identity: dana }]);
    addAction(a.doc, { title: 'live' });
    link.b.session.start(); // HELLO, STEP1 and presence a second time: what a retried handshake sends
    link.b.send(encodePeerMessage({ type: 'hello', json: JSON.stringify({ protocol: 1, clientId: 1, identity: avi }) }));
    flush(link);
    expect(link.a.hellos).toHaveLength(1);
    expect(link.a.rejected).toEqual(['A second hello on one connection.']);
    expect(link.a.session.hello).toEqual({ clientId: b.doc.clientID, identity: yael });
    expect(link.a.session.origin.label).toBe('Yael');
    expect(link.a.syncedEvents).toBe(1);
    expect(link.b.syncedEvents).toBe(1);
    expectConverged(a, b);
  });
});

describe('PeerSession among three laptops', () => {
  it('converges a full mesh after offline edits on all three; a live edit reaches both others', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const c = laptop(avi);
    const shared = sharedStart(a, b, 10);
    const toC = new Connection(a, c).start();
    flush(toC);
    toC.close();
    edit(a, 1500, 'dana', shared);
    edit(b, 1500, 'yael', shared);
    edit(c, 1500, 'avi', shared);

    const links = [new Connection(a, b).start(), new Connection(b, c).start(), new Connection(a, c).start()];
    flush(...links);
    expectConverged(a, b, c);
    for (const link of links) expectCleanEnds(link.a, link.b);
    expect(actionsMap(c.doc).size).toBe(10 + 3 * 150);

    const live = addAction(c.doc, { title: 'live from Avi' });
    flush(...links);
    expect(titleOf(a.doc, live)).toBe('live from Avi');
    expect(titleOf(b.doc, live)).toBe('live from Avi');
    expectConverged(a, b, c);
    for (const link of links) expect([...link.a.rejected, ...link.b.rejected]).toEqual([]);
  });

  it('a late third laptop linked to one peer only gets everything through it, and its edits reach the first', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const c = laptop(avi);
    edit(a, 1000, 'dana');
    edit(b, 1000, 'yael');
    const ab = new Connection(a, b).start();
    flush(ab);
    edit(c, 1000, 'avi');

    const bc = new Connection(b, c).start();
    flush(ab, bc);
    expectConverged(a, b, c);
    expectCleanEnds(ab.a, ab.b, bc.a, bc.b);
    expect(presenceList(a.awareness.getStates(), a.doc.clientID).map((p) => p.identity.name)).toEqual(['Avi', 'Yael']);

    const live = addAction(c.doc, { title: 'relayed by Yael' });
    flush(ab, bc);
    expect(titleOf(a.doc, live)).toBe('relayed by Yael');
    expectConverged(a, b, c);
  });
});
