import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseUnverifiedPolicy, judgeAuthorship, DEFAULT_UNVERIFIED_POLICY } from '../../../shared/authorship/unverified-policy';
import { fingerprintOf } from '../../../shared/authorship/keys';
import { verifyWriters } from '../../../shared/authorship/verify-update';
import { mergeImport } from '../../../shared/bundle/import-bundle';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { addAction } from '../../../shared/workspace/actions';
import { DANA, knownKeys, RELAY, SAM, signingLaptop, sync, type SigningLaptop } from './laptop';

/**
 * The policy for unverified content (unverified-policy.ts): refused whole by default, with the
 * source and why; accepted and marked under 'accept-marked'; this laptop's own windows and ids exempt.
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const open: SigningLaptop[] = [];

async function laptop(identity = DANA) {
  const made = await signingLaptop(identity);
  open.push(made);
  return made;
}

afterEach(() => {
  for (const made of open.splice(0)) made.close();
});

function missing(from: Y.Doc, to: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
}

describe('unverified content', () => {
  it('defaults to refuse, a malformed setting included', () => {
    expect(DEFAULT_UNVERIFIED_POLICY).toBe('refuse');
    expect(parseUnverifiedPolicy(undefined)).toBe('refuse');
    expect(parseUnverifiedPolicy('accept')).toBe('refuse');
    expect(parseUnverifiedPolicy('accept-marked')).toBe('accept-marked');
  });

  it('is refused whole by default, naming the source and why, and nothing is merged', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    await dana.signer.flush();
    const update = missing(dana.doc, sam.doc);
    const origin = new RemoteOrigin('peer', 'Dana’s laptop');
    const before = Y.encodeStateAsUpdate(sam.doc);
    const decision = await judgeAuthorship(sam.doc, update, origin, { policy: 'refuse', known: knownKeys(sam.known) });
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.rule).toBe('unverified-author');
    expect(decision.reason).toContain('The update from Dana’s laptop is refused');
    expect(decision.reason).toContain('claims to be Dana Levi');
    expect(decision.reason).toContain('signed by a key this laptop has not learned');
    expect(decision.unverified.map(({ client }) => client)).toContain(dana.doc.clientID);
    expect(Y.encodeStateAsUpdate(sam.doc)).toEqual(before);
    // An unsigned file is refused too, named as a file.
    const unsigned = await laptop(RELAY);
    addAction(unsigned.doc, { title: 'Never signed' }, NOW);
    const fromFile = await judgeAuthorship(sam.doc, missing(unsigned.doc, sam.doc), new RemoteOrigin('file', 'relay.tandem'), { policy: 'refuse', known: knownKeys(sam.known) });
    expect(fromFile).toMatchObject({ ok: false, rule: 'unverified-author' });
    if (!fromFile.ok) expect(fromFile.reason).toMatch(/^The file “relay\.tandem” is refused: .*not signed/);
  });

  it('is accepted and marked under accept-marked', async () => {
    const dana = await laptop(DANA);
    const sam = await laptop(SAM);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    const decision = await judgeAuthorship(sam.doc, missing(dana.doc, sam.doc), new RemoteOrigin('peer', 'Dana'), { policy: 'accept-marked', known: knownKeys(sam.known) });
    expect(decision).toMatchObject({ ok: true, unverified: [{ client: dana.doc.clientID, verdict: { verified: false, reason: 'unsigned', claimed: DANA } }] });
  });

  it('lets a verified writer through, relayed by a third laptop', async () => {
    const dana = await laptop(DANA);
    const relay = await laptop(RELAY);
    const sam = await laptop(SAM);
    sam.learn(dana);
    sam.learn(relay);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    await dana.signer.flush();
    sync(dana.doc, relay.doc);
    addAction(relay.doc, { title: 'The relay’s own' }, NOW);
    await relay.signer.flush();
    const update = missing(relay.doc, sam.doc);
    const decision = await judgeAuthorship(sam.doc, update, new RemoteOrigin('peer', 'Rina'), { policy: 'refuse', known: knownKeys(sam.known) });
    expect(decision).toEqual({ ok: true, unverified: [] });
    // And once merged through the gate, Dana's content is still hers, verified.
    expect(new ShadowGate(sam.doc).apply(update, new RemoteOrigin('peer', 'Rina')).ok).toBe(true);
    expect(await sam.verdictOf(dana.doc.clientID)).toMatchObject({ verified: true, person: DANA });
  });

  it('never refuses this laptop’s own windows or its own ids', async () => {
    const dana = await laptop(DANA);
    // Another window of Dana's laptop: its own session id, unsigned yet.
    const window = await laptop(DANA);
    addAction(window.doc, { title: 'Typed in the other window' }, NOW);
    const update = missing(window.doc, dana.doc);
    const context = { policy: 'refuse' as const, known: knownKeys(dana.known) };
    expect(await judgeAuthorship(dana.doc, update, new RemoteOrigin('tab', 'window'), context)).toMatchObject({ ok: true });
    // The same content relayed back by a peer, under an id own-writers knows as this laptop's.
    expect(await judgeAuthorship(dana.doc, update, new RemoteOrigin('peer', 'Sam'), { ...context, ownClientIds: () => [window.doc.clientID] })).toMatchObject({ ok: true });
    // Without that, it is a stranger's unsigned content.
    expect(await judgeAuthorship(dana.doc, update, new RemoteOrigin('peer', 'Sam'), context)).toMatchObject({ ok: false });
  });
});

describe('a sync file’s writers under the policy (import-bundle.ts mergeImport)', () => {
  it('accepts content signed by the file’s own key first met in it, refuses a third key’s, merging nothing', async () => {
    const dana = await laptop(DANA);
    const stranger = await laptop(RELAY);
    const sam = await laptop(SAM);
    addAction(dana.doc, { title: 'Joint AI testbed charter' }, NOW);
    await dana.signer.flush();
    const payload = missing(dana.doc, sam.doc);
    const writers = await verifyWriters(sam.doc, payload, knownKeys(sam.known));
    const fingerprint = fingerprintOf(dana.key.publicKey);
    const merged: Uint8Array[] = [];
    const target = { doc: sam.doc, knownKeys: knownKeys(sam.known), merge: (update: Uint8Array, origin: RemoteOrigin) => (merged.push(update), new ShadowGate(sam.doc).apply(update, origin)) };
    const prepared = (senderFingerprint: string) => ({ ok: true as const, envelope: null as never, payload, summary: { nothingNew: false } as never, sender: { kind: 'unknown-key' as const, fingerprint: senderFingerprint, safetyCode: '000000000000' }, writers });
    const refused = mergeImport(prepared(fingerprintOf(stranger.key.publicKey)), target, 'other.tandem');
    expect(refused).toMatchObject({ ok: false, problem: 'unverified-author' });
    if (!refused.ok) expect(refused.reason).toMatch(/^The file “other\.tandem” is refused: .*claims to be Dana Levi/);
    expect(merged).toEqual([]);
    expect(Y.getState(sam.doc.store, dana.doc.clientID)).toBe(0);
    expect(mergeImport(prepared(fingerprint), target, 'dana.tandem')).toEqual({ ok: true, nothingNew: false });
    expect(Y.getState(sam.doc.store, dana.doc.clientID)).toBeGreaterThan(0);
  });
});
