import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { applyRemoteUpdate, type RemoteApply } from '../../../shared/sync/remote-update';
import { ShadowGate } from '../../../shared/sync/shadow-gate';

/** These documents have generic roots ('m', 't'): the byte-level guarantee alone is under test here. */
const BYTES_ONLY = { semantic: false } as const;

/** A base document and a peer's update on top of it, with fixed client ids so bytes are stable. */
function fixture() {
  const base = new Y.Doc();
  base.clientID = 5;
  base.getText('t').insert(0, 'zz');
  base.getMap('m').set('k', 'v');
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(base));
  peer.clientID = 7;
  peer.getText('t').insert(1, 'QQ');
  peer.getMap('m').set('k', 'w');
  peer.getText('t').delete(0, 1);
  const update = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(base));
  const local = () => {
    const doc = new Y.Doc();
    doc.getText('t');
    doc.getMap('m');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    return doc;
  };
  return { base, peer, update, local };
}

const state = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('hex');

/** An update that decodes but makes Yjs throw half-way (an origin clock pointed at client 7's own future). */
function halfwayFailure(update: Uint8Array): Uint8Array {
  const bad = update.slice();
  bad[7] = (bad[7] as number) ^ 2;
  return bad;
}

type Applier = (doc: Y.Doc, update: Uint8Array, origin: unknown) => RemoteApply;
const viaFunction: Applier = (doc, update, origin) => applyRemoteUpdate(doc, update, origin, BYTES_ONLY);
const viaGate: Applier = (doc, update, origin) => {
  const gate = new ShadowGate(doc, BYTES_ONLY);
  try {
    return gate.apply(update, origin);
  } finally {
    gate.destroy();
  }
};

describe.each([
  ['applyRemoteUpdate', viaFunction],
  ['ShadowGate', viaGate],
])('%s', (_name, apply) => {
  it('applies a valid update in one transaction with the given origin', () => {
    const { update, local, peer } = fixture();
    const doc = local();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(apply(doc, update, 'peer')).toEqual({ ok: true });
    expect(doc.getText('t').toString()).toBe(peer.getText('t').toString());
    expect(doc.getMap('m').get('k')).toBe('w');
    expect(origins).toEqual(['peer']);
  });

  it('refuses an update that decodes but throws half-way, leaving the document byte-identical', () => {
    const { update, local } = fixture();
    const bad = halfwayFailure(update);
    expect(() => Y.decodeUpdate(bad)).not.toThrow();
    // Unguarded, Yjs throws on it from inside its transaction.
    const raw = local();
    expect(() => Y.applyUpdate(raw, bad)).toThrow();
    const doc = local();
    const before = state(doc);
    const result = apply(doc, bad, 'peer');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/Yjs could not integrate/) });
    expect(state(doc)).toBe(before);
  });

  it('refuses a V2 update with a reason that names the format', () => {
    const { peer, base, local } = fixture();
    const v2 = Y.encodeStateAsUpdateV2(peer, Y.encodeStateVector(base));
    const doc = local();
    const before = state(doc);
    expect(apply(doc, v2, 'peer')).toEqual({ ok: false, reason: expect.stringMatching(/V2 format; only V1 is accepted/) });
    expect(state(doc)).toBe(before);
  });

  it('refuses the V2 encoding of any edit history', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.string({ maxLength: 5 }), fc.boolean()), { minLength: 1, maxLength: 12 }), (edits) => {
        const source = new Y.Doc();
        for (const [at, text, toMap] of edits) {
          if (toMap) source.getMap('m').set(text, at);
          else source.getText('t').insert(Math.min(at, source.getText('t').length), text || 'x');
        }
        const doc = fixture().local();
        const before = state(doc);
        expect(apply(doc, Y.encodeStateAsUpdateV2(source), 'peer').ok).toBe(false);
        expect(state(doc)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses bytes after the end of a valid update, empty input and non-bytes', () => {
    const { update, local } = fixture();
    const doc = local();
    const before = state(doc);
    expect(apply(doc, Uint8Array.from([...update, 0]), 'peer')).toMatchObject({ ok: false, reason: expect.stringMatching(/1 bytes follow its end/) });
    expect(apply(doc, new Uint8Array(0), 'peer')).toEqual({ ok: false, reason: 'The update is empty.' });
    expect(apply(doc, 'nope' as unknown as Uint8Array, 'peer')).toEqual({ ok: false, reason: 'The update is not bytes.' });
    expect(state(doc)).toBe(before);
  });

  it('refuses every truncation of a valid update, leaving the document byte-identical', () => {
    const { update, local } = fixture();
    const doc = local();
    const before = state(doc);
    for (let length = 1; length < update.length; length++) {
      const result = apply(doc, update.subarray(0, length), 'peer');
      // A prefix may by chance be a complete smaller update; then it must equal its plain application.
      if (result.ok) throw new Error(`prefix ${length} accepted`);
      expect(state(doc)).toBe(before);
    }
  });

  it('random bytes and bit flips never throw: refused with the document untouched, or applied as Yjs would', () => {
    const { update, local } = fixture();
    const mutated = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }).map((flips) => {
        const bytes = update.slice();
        for (const [at, bit] of flips) bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ (1 << bit);
        return bytes;
      }),
    );
    fc.assert(
      fc.property(mutated, (bytes) => {
        const doc = local();
        const before = state(doc);
        const result = apply(doc, bytes, 'peer');
        if (!result.ok) {
          expect(result.reason.length).toBeGreaterThan(10);
          expect(state(doc)).toBe(before);
          return;
        }
        // Accepted (a flip inside string content is still a valid update): all of it, exactly.
        const reference = local();
        Y.applyUpdate(reference, bytes);
        expect(state(doc)).toBe(state(reference));
      }),
      { numRuns: 400 },
    );
  });
});

describe('ShadowGate over a session', () => {
  it('stays in step with local edits and recovers after a refused update', () => {
    const { update, local, peer } = fixture();
    const doc = local();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    doc.getText('t').insert(0, 'local ');
    expect(gate.apply(halfwayFailure(update), 'peer').ok).toBe(false);
    doc.getMap('m').set('other', 1);
    expect(gate.apply(update, 'peer')).toEqual({ ok: true });
    const reference = local();
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(reference, Y.encodeStateAsUpdate(peer));
    expect(state(doc)).toBe(state(reference));
    gate.destroy();
  });
});

describe('ShadowGate and observers that write', () => {
  it('mirrors what an observer writes while a remote update is applied', () => {
    const { update, local } = fixture();
    const doc = local();
    const gate = new ShadowGate(doc, BYTES_ONLY);
    // An app observer stamping remote changes writes inside the remote apply (a nested transaction).
    doc.getMap('m').observe((event) => {
      if (event.transaction.origin === 'peer') doc.getMap('m').set('lastRemote', 'stamp');
    });
    doc.getText('t').observe((event) => {
      if (event.transaction.origin === 'peer') doc.getMap('m').set('lastRemote', 'stamp');
    });
    expect(gate.apply(update, 'peer')).toEqual({ ok: true });
    expect(doc.getMap('m').get('lastRemote')).toBe('stamp');
    const shadow = (gate as unknown as { shadow: Y.Doc }).shadow;
    expect(Y.encodeStateVector(shadow)).toEqual(Y.encodeStateVector(doc));
    gate.destroy();
  });
});
