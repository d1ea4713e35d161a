import { describe, expect, it } from 'vitest';
import { checkHelloKey, helloKeyOf, parseHelloKey } from '../../../shared/authorship/hello-key';
import { fingerprintOf, generateKeyPair, signingKeyOf } from '../../../shared/authorship/keys';
import { Connection, flush, Laptop } from '../sync/peer-harness';
import { DANA, MALLORY, SAM } from './laptop';

/**
 * Keys learned in a LAN session: the hello carries the laptop's public key and a proof that it
 * holds the private half, bound to the person and client id. A peer cannot announce another
 * laptop's key under its own name, nor its own key under a changed name.
 */
describe('the key in a LAN hello', () => {
  it('arrives with the hello, and its proof checks out for the laptop that sent it', async () => {
    const key = await signingKeyOf(await generateKeyPair());
    const dana = Object.assign(new Laptop(DANA), { helloKey: undefined as Awaited<ReturnType<typeof helloKeyOf>> | undefined });
    dana.helloKey = await helloKeyOf(key, dana.doc.clientID, DANA);
    const sam = new Laptop(SAM);
    const connection = new Connection(dana, sam).start();
    flush(connection);
    const [hello] = connection.at(sam).hellos;
    expect(hello?.key && fingerprintOf(hello.key.publicKey)).toBe(fingerprintOf(key.publicKey));
    expect(await checkHelloKey(hello!.clientId, hello!.identity, hello!.key!)).toBe(true);
    // A laptop without a key (an earlier version) still says hello, with none.
    expect(connection.at(dana).hellos[0]).toEqual({ clientId: sam.doc.clientID, identity: SAM });
    dana.destroy();
    sam.destroy();
  });

  it('does not prove someone else’s key under another name or client id', async () => {
    const key = await signingKeyOf(await generateKeyPair());
    const proven = parseHelloKey(await helloKeyOf(key, 42, DANA))!;
    expect(await checkHelloKey(42, DANA, proven)).toBe(true);
    expect(await checkHelloKey(42, MALLORY, proven)).toBe(false);
    expect(await checkHelloKey(43, DANA, proven)).toBe(false);
    expect(parseHelloKey({ key: 'AAAA', proof: 'AAAA' })).toBeNull();
    expect(parseHelloKey('nonsense')).toBeNull();
  });
});
