import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { ShadowGate } from '../../../shared/sync/shadow-gate';

/** These documents have generic roots ('m', 't'): the byte-level guarantee alone is under test here. */
const BYTES_ONLY = { semantic: false } as const;

/**
 * ShadowGate's shadow must hold exactly what the document holds, or a later proof is made on the
 * wrong store. These prove it stays so while apply() skips replaying its own echo, in every way
 * a write can come alongside a remote update: nested in a caller's transaction, from an observer,
 * from inside another transaction's observer, between refused updates.
 */
const shadowOf = (gate: ShadowGate) => (gate as unknown as { shadow: Y.Doc }).shadow;
const state = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('hex');

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('m');
  doc.getText('t');
  return doc;
}

/** A peer's update: `edits` on top of what `from` holds. */
function peerUpdate(from: Y.Doc, clientId: number, edit: (peer: Y.Doc) => void): Uint8Array {
  const peer = workspace();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(from));
  peer.clientID = clientId;
  const before = Y.encodeStateVector(peer);
  edit(peer);
  return Y.encodeStateAsUpdate(peer, before);
}

/**
 * A remote update applied inside a transaction that also holds local writes makes Yjs print
 * "Changed the client-id because another client seems to be using it" (readUpdate marks the
 * joined transaction non-local, which then shows this client's own new structs). Those tests make
 * that case on purpose; the message is silenced there.
 */
function quietYjs(): () => void {
  const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
  return () => spy.mockRestore();
}

function expectInStep(doc: Y.Doc, gate: ShadowGate): void {
  expect(state(shadowOf(gate))).toBe(state(doc));
}

describe('ShadowGate keeps its shadow in step', () => {
  it('integrates a proven update into the shadow once, not again from its echo', () => {
    const doc = workspace();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    const update = peerUpdate(doc, 7, (peer) => peer.getText('t').insert(0, 'remote'));
    let shadowTransactions = 0;
    shadowOf(gate).on('beforeTransaction', () => shadowTransactions++);
    expect(gate.apply(update, 'peer')).toEqual({ ok: true });
    expect(shadowTransactions).toBe(1);
    expectInStep(doc, gate);
    gate.destroy();
  });

  it('mirrors a caller transaction that wraps apply() with writes of its own', () => {
    const doc = workspace();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    const update = peerUpdate(doc, 7, (peer) => peer.getMap('m').set('remote', 1));
    const restore = quietYjs();
    doc.transact(() => {
      doc.getMap('m').set('before', 1);
      expect(gate.apply(update, 'peer')).toEqual({ ok: true });
      doc.getText('t').insert(0, 'after');
    }, 'local');
    restore();
    expect(doc.getMap('m').toJSON()).toEqual({ before: 1, remote: 1 });
    expectInStep(doc, gate);
    gate.destroy();
  });

  it('mirrors an apply() made from an observer of a local transaction', () => {
    const doc = workspace();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    const update = peerUpdate(doc, 7, (peer) => peer.getText('t').insert(0, 'remote'));
    let applied = false;
    doc.getMap('m').observe(() => {
      if (applied) return;
      applied = true;
      expect(gate.apply(update, 'peer')).toEqual({ ok: true });
      doc.getMap('m').set('observer', 'wrote');
    });
    doc.getMap('m').set('local', 1);
    expect(doc.getText('t').toString()).toBe('remote');
    expectInStep(doc, gate);
    gate.destroy();
  });

  it('mirrors writes of observers of the remote update, and applies made by them', () => {
    const doc = workspace();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    const first = peerUpdate(doc, 7, (peer) => peer.getText('t').insert(0, 'one'));
    const second = peerUpdate(doc, 8, (peer) => peer.getMap('m').set('two', 2));
    doc.getText('t').observe((event) => {
      if (event.transaction.origin !== 'peer') return;
      doc.getMap('m').set('stamp', 'remote seen');
      expect(gate.apply(second, 'peer-2')).toEqual({ ok: true });
    });
    expect(gate.apply(first, 'peer')).toEqual({ ok: true });
    expect(doc.getMap('m').toJSON()).toEqual({ stamp: 'remote seen', two: 2 });
    expectInStep(doc, gate);
    gate.destroy();
  });

  it('stays in step over any mix of local edits, remote updates, nested applies and refusals', () => {
    type Step =
      | { kind: 'local'; at: number; text: string }
      | { kind: 'remote'; client: number; text: string; key: string }
      | { kind: 'nested'; client: number; text: string }
      | { kind: 'refused' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('local' as const), at: fc.nat(30), text: fc.string({ minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('remote' as const), client: fc.integer({ min: 100, max: 104 }), text: fc.string({ minLength: 1, maxLength: 4 }), key: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('nested' as const), client: fc.integer({ min: 200, max: 204 }), text: fc.string({ minLength: 1, maxLength: 4 }) }),
      fc.constant({ kind: 'refused' as const }),
    );
    const restore = quietYjs();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const doc = workspace();
        doc.clientID = 1;
        const gate = new ShadowGate(doc, BYTES_ONLY);
        const insert = (target: Y.Doc, at: number, text: string) => target.getText('t').insert(Math.min(at, target.getText('t').length), text);
        // A fresh client id per remote edit keeps every peer's history linear.
        let nextClock = 0;
        for (const s of steps) {
          if (s.kind === 'local') insert(doc, s.at, s.text);
          else if (s.kind === 'remote') {
            const update = peerUpdate(doc, s.client * 1000 + nextClock++, (peer) => {
              insert(peer, s.text.length, s.text);
              peer.getMap('m').set(s.key, s.text);
            });
            expect(gate.apply(update, 'peer').ok).toBe(true);
          } else if (s.kind === 'nested') {
            const update = peerUpdate(doc, s.client * 1000 + nextClock++, (peer) => insert(peer, 0, s.text));
            doc.transact(() => {
              doc.getMap('m').set('nested', s.text);
              expect(gate.apply(update, 'peer').ok).toBe(true);
            }, 'local');
          } else {
            expect(gate.apply(Uint8Array.of(1, 2, 3), 'peer').ok).toBe(false);
          }
          expectInStep(doc, gate);
        }
        gate.destroy();
      }),
      { numRuns: 150 },
    );
    restore();
  });
});
