import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePeerMessage } from '../../../shared/sync/peer-protocol';
import { HANDSHAKE_RETRY_FIRST_MS, HANDSHAKE_RETRY_MAX_MS, NO_HELLO_LIMIT_MS } from '../../../shared/sync/peer-session';
import { addAction } from '../../../shared/workspace/actions';
import { Connection, flush, type End } from './peer-harness';
import { dana, edit, expectCleanEnds, expectConverged, laptop, sharedStart, titleOf, yael } from './peer-session-fixtures';

/**
 * The opening messages of a connection can be lost (measured in Chromium: the answering side's
 * hello, STEP1 and presence, sent the moment its data channel opened, never arrived, while its
 * STEP2 did): the handshake is retried until each side is synced (peer-session.ts).
 */
function tickBoth(link: Connection, now: number): void {
  link.a.session.tick(now);
  link.b.session.tick(now);
}

/** Ticks both sides every 500 ms (LanSync's clock) up to `until`, delivering after each. */
function runClock(link: Connection, from: number, until: number): void {
  for (let now = from; now <= until; now += 500) {
    tickBoth(link, now);
    flush(link);
  }
}

const presenceOf = (end: End, other: End) => end.laptop.awareness.getStates().get(other.laptop.doc.clientID);

function divergedPair() {
  const a = laptop(dana);
  const b = laptop(yael);
  const shared = sharedStart(a, b, 5);
  edit(a, 40, 'dana', shared);
  edit(b, 40, 'yael', shared);
  return { a, b, link: new Connection(a, b) };
}

describe('PeerSession retries a handshake whose opening messages were lost', () => {
  it('the measured loss: one side’s hello, STEP1 and presence gone; without the clock both wait for good, with it both sync', () => {
    const { a, b, link } = divergedPair();
    link.start();
    link.a.outbox.length = 0; // A's opening messages never arrive
    flush(link);
    // B took nothing from A (no hello), A got B's STEP1 and answered, but nobody is synced.
    expect(link.a.session.synced).toBe(false);
    expect(link.b.session.synced).toBe(false);
    expect(link.b.session.hello).toBeNull();
    expect(link.a.rejected).toEqual([]);
    expect(link.b.rejected).toEqual([]); // a lost hello is not the user's problem while it may still come

    tickBoth(link, 0);
    flush(link);
    expect(link.b.session.synced).toBe(false); // the first retry waits its second
    runClock(link, 500, HANDSHAKE_RETRY_FIRST_MS);

    expectCleanEnds(link.a, link.b);
    expectConverged(a, b);
    expect(presenceOf(link.b, link.a)).toEqual({ identity: dana, editing: null });
    expect(presenceOf(link.a, link.b)).toEqual({ identity: yael, editing: null });
  });

  it('both sides’ opening messages lost: the retries carry the whole catch-up', () => {
    const { a, b, link } = divergedPair();
    link.start();
    link.a.outbox.length = 0;
    link.b.outbox.length = 0;
    flush(link);
    runClock(link, 0, HANDSHAKE_RETRY_FIRST_MS);
    expectCleanEnds(link.a, link.b);
    expectConverged(a, b);
  });

  it('a side whose answer was lost (after its hello arrived) is asked again and answers with its hello in front', () => {
    const { a, b, link } = divergedPair();
    link.start();
    flush(link);
    expectCleanEnds(link.a, link.b);
    // Now only the case of a lost STEP2: a fresh connection where A's answer is dropped.
    link.close();
    addAction(a.doc, { title: 'after the first connection' });
    const again = new Connection(a, b).start();
    // A's hello and STEP1 arrive at B; B's STEP1 reaches A, whose answer is then lost.
    again.b.receiveOne(0);
    again.b.receiveOne(0);
    again.a.receiveOne(0);
    again.a.receiveOne(0);
    again.a.outbox.length = 0;
    again.b.outbox.length = 0;
    flush(again);
    expect(again.b.session.synced).toBe(false);
    runClock(again, 0, HANDSHAKE_RETRY_FIRST_MS);
    expectConverged(a, b);
    expect(again.a.session.synced && again.b.session.synced).toBe(true);
    expect(again.b.hellos).toHaveLength(1);
    expect([...again.a.rejected, ...again.b.rejected]).toEqual([]);
  });

  it('any loss among the opening exchange heals once the network carries again: a property', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 6, maxLength: 40 }), (drops) => {
        const { a, b, link } = divergedPair();
        link.start();
        // Deliver one frame at a time, dropping the ones `drops` says, until the opening exchange is over.
        let step = 0;
        for (;;) {
          const ends = [link.a, link.b];
          const from = ends[step % 2] as End;
          if (from.outbox.length === 0 && from.other.outbox.length === 0) break;
          if (from.outbox.length > 0) {
            if (drops[step % drops.length]) from.outbox.shift();
            else from.other.receiveOne(step);
          }
          step++;
        }
        runClock(link, 0, HANDSHAKE_RETRY_FIRST_MS + 2 * HANDSHAKE_RETRY_MAX_MS);
        expectConverged(a, b);
        expect(link.a.session.synced && link.b.session.synced).toBe(true);
        expect([...link.a.rejected, ...link.b.rejected]).toEqual([]);
        expect(titleOf(a.doc, [...a.doc.getMap('actions').keys()][0] as string)).toBe(titleOf(b.doc, [...b.doc.getMap('actions').keys()][0] as string));
      }),
      { numRuns: 40 },
    );
  });

  it('backs off to one retry every 8 s, and sends nothing more once synced', () => {
    const { link } = divergedPair();
    link.start();
    link.a.outbox.length = 0;
    link.b.outbox.length = 0;
    const sentAt: number[] = [];
    // Nothing from B ever reaches A: A keeps asking.
    for (let now = 0; now <= 40_000; now += 500) {
      const before = link.a.sentMessages.length;
      link.a.session.tick(now);
      if (link.a.sentMessages.length > before) sentAt.push(now);
      link.a.outbox.length = 0;
    }
    expect(sentAt).toEqual([1_000, 3_000, 7_000, 15_000, 23_000, 31_000, 39_000]);

    const synced = divergedPair();
    synced.link.start();
    flush(synced.link);
    const sent = synced.link.a.sentMessages.length + synced.link.b.sentMessages.length;
    runClock(synced.link, 0, 30_000);
    expect(synced.link.a.sentMessages.length + synced.link.b.sentMessages.length).toBe(sent);
  });

  it('a peer that sends but never says hello is reported once, after the handshake has had its time', () => {
    const { b, link } = divergedPair();
    link.a.start();
    for (let i = 0; i < 5; i++) link.b.send(encodePeerMessage({ type: 'step1', stateVector: new Uint8Array([0]) }));
    flush(link);
    link.a.outbox.length = 0;
    expect(link.a.rejected).toEqual([]);
    for (let now = 0; now <= NO_HELLO_LIMIT_MS + 5_000; now += 500) link.a.session.tick(now);
    expect(link.a.rejected).toEqual([`Messages but no valid hello for ${NO_HELLO_LIMIT_MS / 1000} s; ignoring this laptop until it sends one.`]);
    expect(link.a.session.hello).toBeNull();
    b.awareness.setLocalState(null);
  });

  it('a hello of another protocol version, retried, is reported once, and what follows it once', () => {
    const { link } = divergedPair();
    link.a.start();
    const foreign = encodePeerMessage({ type: 'hello', json: JSON.stringify({ protocol: 99, clientId: 5, identity: yael }) });
    for (let i = 0; i < 4; i++) link.b.send(foreign);
    flush(link);
    // B's real session answers A's STEP1 too: taken from nobody whose hello was refused, said once.
    link.b.session.start();
    flush(link);
    expect(link.a.rejected).toEqual([
      'The other laptop speaks sync protocol 99; this one speaks 1. Update both to the same version of Tandem.',
      'A message before a valid hello; ignoring this laptop until it sends one.',
    ]);
  });
});
