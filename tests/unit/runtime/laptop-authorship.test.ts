import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../shared/authorship/keys';
import { MemoryLocalStore } from '../../../shared/local-store/memory-local-store';
import { addAction } from '../../../shared/workspace/actions';
import { openLaptopAuthorship } from '../../../renderer/src/runtime/authorship/laptop-authorship';
import { AVI } from '../bundle/laptops';
import { helloKeyOf, parseHelloKey } from '../../../shared/authorship/hello-key';
import { DANA } from '../authorship/laptop';
import { seededDoc } from '../authorship/laptop';

/**
 * The laptop's key and learned keys (renderer/src/runtime/authorship/): one key per laptop, kept
 * across sessions as a non-extractable CryptoKey, its own key known as its own, and this
 * session's writes verified on the laptop itself.
 */
describe('the laptop’s signing key', () => {
  it('is made once, kept across sessions, and its private half cannot be exported', async () => {
    const local = new MemoryLocalStore();
    const first = await openLaptopAuthorship(seededDoc(), local.settings, () => AVI, (error) => { throw error; });
    const second = await openLaptopAuthorship(seededDoc(), local.settings, () => AVI, (error) => { throw error; });
    expect(fingerprintOf(second.key.publicKey)).toBe(fingerprintOf(first.key.publicKey));
    expect(second.safetyCode).toBe(first.safetyCode);
    const stored = (await local.settings.get('signing-key')) as CryptoKeyPair;
    await expect(crypto.subtle.exportKey('pkcs8', stored.privateKey)).rejects.toThrow();
    expect(first.known.get(fingerprintOf(first.key.publicKey))).toEqual({ person: AVI, via: 'self' });
    first.close();
    second.close();
  });

  it('remembers learned keys, and a key keeps the person it was first learned for', async () => {
    const local = new MemoryLocalStore();
    const one = await openLaptopAuthorship(seededDoc(), local.settings, () => AVI, (error) => { throw error; });
    const other = new Uint8Array(32).fill(7);
    await one.known.learn(other, { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' }, 'file');
    await one.known.learn(other, { name: 'Mallory', delegation: 'us', role: 'delegate' }, 'file');
    one.close();
    const two = await openLaptopAuthorship(seededDoc(), local.settings, () => AVI, (error) => { throw error; });
    expect(two.known.get(fingerprintOf(other))).toEqual({ person: { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' }, via: 'file' });
    two.close();
  });

  it('signs what this session writes, so its own content is verified here', async () => {
    const local = new MemoryLocalStore();
    const doc = seededDoc();
    const authorship = await openLaptopAuthorship(doc, local.settings, () => AVI, (error) => { throw error; });
    addAction(doc, { title: 'Joint AI testbed charter' });
    await authorship.signer.flush();
    const { verifyClient } = await import('../../../shared/authorship/verify');
    expect(await verifyClient(doc, doc.clientID, authorship.trees, authorship.known)).toMatchObject({ verified: true, via: 'self' });
    authorship.close();
  });

  it('learns a key from a LAN hello only with its proof', async () => {
    const dana = await openLaptopAuthorship(seededDoc(), new MemoryLocalStore().settings, () => DANA, (error) => { throw error; });
    const sam = await openLaptopAuthorship(seededDoc(), new MemoryLocalStore().settings, () => AVI, (error) => { throw error; });
    const proven = parseHelloKey(await helloKeyOf(dana.key, 7, DANA))!;
    // Claimed under another name: the proof does not hold, nothing is learned.
    expect(await sam.learnFromHello({ clientId: 7, identity: { ...DANA, name: 'Mallory' }, key: proven })).toBe(false);
    expect(sam.known.get(fingerprintOf(dana.key.publicKey))).toBeUndefined();
    expect(await sam.learnFromHello({ clientId: 7, identity: DANA, key: proven })).toBe(true);
    expect(sam.known.get(fingerprintOf(dana.key.publicKey))).toEqual({ person: DANA, via: 'lan' });
    dana.close();
    sam.close();
  });
});
