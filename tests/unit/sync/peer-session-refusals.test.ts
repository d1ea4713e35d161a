import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { encodePeerMessage, type PeerMessage } from '../../../shared/sync/peer-protocol';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { Connection, flush, fullState, Laptop } from './peer-harness';
import { awarenessBytes } from './awareness-bytes';
import { dana, edit, expectCleanEnds, expectConverged, laptop, sharedStart, titleOf, yael, avi } from './peer-session-fixtures';

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
