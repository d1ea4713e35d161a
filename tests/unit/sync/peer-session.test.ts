import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Identity } from '../../../shared/identity/identity';
import { DEFAULT_FRAME_PAYLOAD, FRAME_HEADER_BYTES } from '../../../shared/sync/frame-format';
import { encodePeerMessage, type PeerMessage } from '../../../shared/sync/peer-protocol';
import { presenceList } from '../../../shared/sync/presence';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { Connection, content, flush, fullState, Laptop, stateVector, type End } from './peer-harness';
import { awarenessBytes } from './awareness-bytes';

const dana: Identity = { name: 'Dana', delegation: 'us', role: 'delegate' };
const yael: Identity = { name: 'Yael', delegation: 'israel', role: 'note-taker' };
const avi: Identity = { name: 'Avi', delegation: 'israel', role: 'observer' };

let laptops: Laptop[] = [];
function laptop(identity: Identity): Laptop {
  const created = new Laptop(identity);
  laptops.push(created);
  return created;
}
afterEach(() => {
  for (const each of laptops) each.destroy();
  laptops = [];
});

const titleOf = (doc: Y.Doc, id: string) => String((actionsMap(doc).get(id) as Y.Map<unknown> | undefined)?.get('title') ?? '');

/**
 * `edits` edits on one laptop: every tenth adds an action, the rest retitle one of the laptop's
 * actions or, every third, one of `shared` (actions both laptops hold: concurrent edits there).
 */
function edit(on: Laptop, edits: number, tag: string, shared: readonly string[] = [], titleLength = 0): string[] {
  recordAuthor(on.doc, on.identity);
  const own: string[] = [];
  const pad = 'x'.repeat(titleLength);
  for (let i = 0; i < edits; i++) {
    if (i % 10 === 0) own.push(addAction(on.doc, { title: `${tag} ${i} ${pad}` }));
    else if (i % 3 === 0 && shared.length > 0) editActionTitle(on.doc, shared[i % shared.length] as string, `${tag} says ${i}`);
    else editActionTitle(on.doc, own[i % own.length] as string, `${tag} ${i} ${pad}`);
  }
  return own;
}

function expectConverged(...all: Laptop[]): void {
  const [first, ...rest] = all as [Laptop, ...Laptop[]];
  for (const other of rest) {
    expect(stateVector(other.doc)).toBe(stateVector(first.doc));
    expect(content(other.doc)).toEqual(content(first.doc));
  }
}

function expectCleanEnds(...ends: End[]): void {
  for (const end of ends) {
    expect(end.rejected).toEqual([]);
    expect(end.frameRejections).toEqual([]);
    expect(end.hellos).toHaveLength(1);
    expect(end.syncedEvents).toBe(1);
    expect(end.session.synced).toBe(true);
  }
}

/** Two laptops that share `count` actions, synced, then offline (the connection closed). */
function sharedStart(a: Laptop, b: Laptop, count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => addAction(a.doc, { title: `shared ${i}` }));
  const first = new Connection(a, b).start();
  flush(first);
  first.close();
  return ids;
}

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

  it('fires onHello and onSynced once each; a repeated hello is refused and renames no one', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const link = new Connection(a, b).start();
    flush(link);
    expect(link.a.hellos).toEqual([{ clientId: b.doc.clientID, identity: yael }]);
    expect(link.b.hellos).toEqual([{ clientId: a.doc.clientID, identity: dana }]);
    addAction(a.doc, { title: 'live' });
    link.b.session.start(); // HELLO, STEP1 and presence a second time
    link.b.send(encodePeerMessage({ type: 'hello', json: JSON.stringify({ protocol: 1, clientId: 1, identity: avi }) }));
    flush(link);
    expect(link.a.hellos).toHaveLength(1);
    expect(link.a.rejected).toEqual(['A second hello on one connection.', 'A second hello on one connection.']);
    expect(link.a.session.hello).toEqual({ clientId: b.doc.clientID, identity: yael });
    expect(link.a.session.origin.label).toBe('Yael');
    expect(link.a.syncedEvents).toBe(1);
    expect(link.b.syncedEvents).toBe(1);
    expectConverged(a, b);
  });
});

describe('PeerSession refuses what a peer sends wrongly, changes nothing, and carries on', () => {
  /**
   * Two laptops sharing one action, A with edits B lacks; B's end is where crafted messages are
   * sent from. Synced, or (for hellos, which count only as the first message on a connection)
   * connected but not yet started.
   */
  function pair(synced = true) {
    const a = laptop(dana);
    const b = laptop(yael);
    const [id] = sharedStart(a, b, 1) as [string];
    edit(a, 30, 'dana', [id]);
    const link = new Connection(a, b);
    if (synced) {
      link.start();
      flush(link);
      expectCleanEnds(link.a, link.b);
    }
    return { a, b, id, link };
  }
  const syncedPair = () => pair(true);

  /** An edit on a copy of B's document (so nothing is sent), as an update A lacks. */
  function updateAgainst(a: Laptop, b: Laptop, id: string, v2 = false, titles = ['written elsewhere']): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(b.doc));
    for (const title of titles) editActionTitle(copy, id, title);
    const update = v2 ? Y.encodeStateAsUpdateV2(copy, Y.encodeStateVector(a.doc)) : Y.encodeStateAsUpdate(copy, Y.encodeStateVector(a.doc));
    copy.destroy();
    return update;
  }

  const hello = (value: unknown): Uint8Array => encodePeerMessage({ type: 'hello', json: JSON.stringify(value) });
  const message = (value: PeerMessage): Uint8Array => encodePeerMessage(value);
  const awarenessUpdate = awarenessBytes;

  const cases: Array<[string, (pair: ReturnType<typeof syncedPair>) => Uint8Array, RegExp]> = [
    ['a message of unknown type', () => Uint8Array.of(9, 1, 2), /^Unknown message type 9\.$/],
    ['a message cut short', (p) => message({ type: 'update', update: updateAgainst(p.a, p.b, p.id) }).slice(0, -1), /^A message cut short\.$/],
    ['a message with trailing bytes', (p) => Uint8Array.of(...message({ type: 'update', update: updateAgainst(p.a, p.b, p.id) }), 0), /^1 bytes after an? update message\.$/],
    ['a V2 update', (p) => message({ type: 'update', update: updateAgainst(p.a, p.b, p.id, true) }), /^An update was refused: .*V2 format; only V1 is accepted/],
    ['a V2 catch-up (STEP2)', (p) => message({ type: 'step2', update: updateAgainst(p.a, p.b, p.id, true) }), /^An update was refused: .*V2 format/],
    ['an update that is not Yjs at all', () => message({ type: 'update', update: Uint8Array.of(1, 2, 3, 4, 5) }), /^An update was refused: /],
    ['an empty update', () => message({ type: 'update', update: new Uint8Array(0) }), /^An update was refused: The update is empty\.$/],
    ['an unreadable state vector', () => message({ type: 'step1', stateVector: Uint8Array.of(5) }), /^An unreadable state vector\.$/],
    ['a hello of another protocol version', (p) => hello({ protocol: 2, clientId: p.b.doc.clientID, identity: yael }), /speaks sync protocol 2; this one speaks 1/],
    ['a hello without a protocol', (p) => hello({ clientId: p.b.doc.clientID, identity: yael }), /speaks sync protocol undefined/],
    ['a hello with an invalid identity', (p) => hello({ protocol: 1, clientId: p.b.doc.clientID, identity: { ...yael, delegation: 'nowhere' } }), /^A hello without a valid identity\.$/],
    ['a hello without an identity', (p) => hello({ protocol: 1, clientId: p.b.doc.clientID }), /^A hello without a valid identity\.$/],
    ['a hello with a fractional client id', () => hello({ protocol: 1, clientId: 1.5, identity: yael }), /^A hello without a valid identity\.$/],
    ['a hello with a string client id', () => hello({ protocol: 1, clientId: '7', identity: yael }), /^A hello without a valid identity\.$/],
    ['a hello that is not JSON', () => message({ type: 'hello', json: '{"protocol":1,' }), /^An unreadable hello\.$/],
    ['a hello that is JSON null', () => hello(null), /^A hello that is not an object\.$/],
    ['a hello that is a number', () => hello(1), /^A hello that is not an object\.$/],
    ['a truncated presence update', (p) => message({ type: 'awareness', update: encodeAwarenessUpdate(p.b.awareness, [p.b.doc.clientID]).slice(0, -2) }), /^An unreadable presence update\.$/],
    ['a presence update whose state is not an object', (p) => message({ type: 'awareness', update: awarenessUpdate([[p.b.doc.clientID, 99, '[1]']]) }), /^A presence state that is not an object\.$/],
    [
      'a presence update that is valid at first and broken later',
      (p) => message({ type: 'awareness', update: awarenessUpdate([[p.b.doc.clientID, 99, JSON.stringify({ identity: avi })], [5, 1, '{']]) }),
      /^An unreadable presence update\.$/,
    ],
    ['a presence update with too many entries', () => message({ type: 'awareness', update: awarenessUpdate([], 65) }), /^65 presence entries/],
  ];

  it.each(cases)('%s', (what, craft, reason) => {
    const first = what.startsWith('a hello');
    const crafted = pair(!first);
    const { a, b, id, link } = crafted;
    const bad = craft(crafted);
    const before = fullState(a.doc);
    const presenceBefore = JSON.stringify([...a.awareness.getStates()]);
    const sentByA = link.a.sentMessages.length;
    const hellosBefore = [...link.a.hellos];

    link.b.send(bad);
    flush(link);

    expect(link.a.rejected).toHaveLength(1);
    expect(link.a.rejected[0]).toMatch(reason);
    expect(fullState(a.doc)).toBe(before);
    expect(JSON.stringify([...a.awareness.getStates()])).toBe(presenceBefore);
    expect(link.a.sentMessages.length).toBe(sentByA); // nothing answered
    // Who the peer is did not change: still unknown before a valid hello, still Yael after one.
    expect(link.a.hellos).toEqual(hellosBefore);
    expect(link.a.session.origin.label).toBe(first ? 'a peer' : 'Yael');

    if (first) {
      link.start();
      flush(link);
      expect(link.a.hellos).toEqual([{ clientId: b.doc.clientID, identity: yael }]);
      expect(link.a.syncedEvents).toBe(1);
    }
    // The session still works, both ways.
    editActionTitle(b.doc, id, 'after the refusal, from Yael');
    flush(link);
    expect(titleOf(a.doc, id)).toBe('after the refusal, from Yael');
    const added = addAction(a.doc, { title: 'after the refusal, from Dana' });
    flush(link);
    expect(titleOf(b.doc, added)).toBe('after the refusal, from Dana');
    expectConverged(a, b);
    expect(link.a.rejected).toHaveLength(1);
    expect(link.b.rejected).toEqual([]);
  });

  it('takes nothing from a peer before a valid hello, and says so once', () => {
    const { a, b, id, link } = pair(false);
    const before = fullState(a.doc);
    link.b.send(hello({ protocol: 2, clientId: b.doc.clientID, identity: yael }));
    link.b.send(message({ type: 'update', update: updateAgainst(a, b, id) }));
    link.b.send(message({ type: 'step1', stateVector: Y.encodeStateVector(b.doc) }));
    link.b.send(message({ type: 'step2', update: updateAgainst(a, b, id) }));
    flush(link);
    expect(fullState(a.doc)).toBe(before);
    expect(link.a.sentMessages).toEqual([]);
    expect(link.a.rejected).toHaveLength(2);
    expect(link.a.rejected[0]).toMatch(/speaks sync protocol 2/);
    expect(link.a.rejected[1]).toBe('A message before a valid hello; ignoring this laptop until it sends one.');
  });

  it("never lets a peer replace this laptop's own presence, and still takes the rest of its update", () => {
    const { a, b, link } = syncedPair();
    const own = a.awareness.getLocalState();
    link.b.send(message({ type: 'awareness', update: awarenessUpdate([[a.doc.clientID, 10_000, JSON.stringify({ identity: yael, editing: 'forged' })], [424242, 1, JSON.stringify({ identity: avi, editing: null })]]) }));
    flush(link);
    expect(a.awareness.getLocalState()).toEqual(own);
    expect(a.awareness.getStates().get(424242)).toEqual({ identity: avi, editing: null });
    expect(link.a.rejected).toEqual([]);
    void b;
  });

  it('refuses every bit-flipped update Yjs cannot read or integrate, all or nothing, and keeps working', { timeout: 60_000 }, () => {
    const { a, b, id, link } = syncedPair();
    // Two edits in a row: the second's items point at the first's, which some flips break half-way.
    const update = updateAgainst(a, b, id, false, ['written elsewhere', 'wRitten elsewhere twice']);
    /** What plain Yjs does with `bytes` on a copy of A: refuses to decode it, throws half-way, or applies it. */
    const plainYjs = (bytes: Uint8Array): 'undecodable' | 'halfway' | 'applies' => {
      try {
        Y.decodeUpdate(bytes);
      } catch {
        return 'undecodable';
      }
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(a.doc));
      try {
        Y.applyUpdate(copy, bytes);
        return 'applies';
      } catch {
        return 'halfway';
      } finally {
        copy.destroy();
      }
    };
    const before = fullState(a.doc);
    const seen = { undecodable: 0, halfway: 0, applies: 0 };
    for (let bit = 0; bit < update.length * 8; bit++) {
      const flipped = update.slice();
      flipped[bit >> 3] = (flipped[bit >> 3] as number) ^ (1 << (bit & 7));
      const plain = plainYjs(flipped);
      seen[plain]++;
      // A flip that still makes a valid update (another character, another clock) is a valid update: not sent.
      if (plain === 'applies') continue;
      const rejections = link.a.rejected.length;
      link.b.send(message({ type: 'update', update: flipped }));
      flush(link);
      expect(link.a.rejected, `bit ${bit}`).toHaveLength(rejections + 1);
      expect(link.a.rejected.at(-1)).toMatch(plain === 'halfway' ? /^An update was refused: Yjs could not integrate/ : /^An update was refused: /);
      expect(fullState(a.doc), `bit ${bit}`).toBe(before);
    }
    expect(seen.undecodable).toBeGreaterThan(update.length);
    // The case that needs the all-or-nothing merge: bytes that decode, then fail while integrating.
    expect(seen.halfway).toBeGreaterThan(0);

    const added = addAction(b.doc, { title: 'still connected' });
    flush(link);
    expect(titleOf(a.doc, added)).toBe('still connected');
    expectConverged(a, b);
    expect(link.b.rejected).toEqual([]);
  });

  it('does not count a refused catch-up as synced', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const link = new Connection(a, b);
    link.a.open = true;
    link.b.send(hello({ protocol: 1, clientId: b.doc.clientID, identity: yael }));
    link.b.send(message({ type: 'step2', update: Uint8Array.of(1, 2, 3) }));
    flush(link);
    expect(link.a.rejected).toEqual([expect.stringMatching(/^An update was refused: /)]);
    expect(link.a.syncedEvents).toBe(0);
    expect(link.a.session.synced).toBe(false);
    link.a.start(); // A's STEP1: B answers with a valid STEP2
    flush(link);
    expect(link.a.syncedEvents).toBe(1);
    expect(link.a.rejected).toHaveLength(1);
  });

  it('fires no hello for a refused one, and labels merges "a peer" until a valid hello', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const link = new Connection(a, b);
    link.b.send(hello({ protocol: 2, clientId: b.doc.clientID, identity: yael }));
    flush(link);
    expect(link.a.hellos).toEqual([]);
    expect(link.a.session.hello).toBeNull();
    expect(link.a.session.origin).toMatchObject({ kind: 'peer', label: 'a peer' });
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
