import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fingerprintOf, generateKeyPair, signingKeyOf, type SigningKey } from '../../../shared/authorship/keys';
import type { KnownKey } from '../../../shared/authorship/verify';
import { describeSender } from '../../../shared/bundle/bundle-signature';
import { prepareImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle, type BundleContent } from '../../../shared/bundle/write-bundle';
import { addAction } from '../../../shared/workspace/actions';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { AVI, SAM, laptop, stateOf } from './laptops';

/**
 * Sync files signed by their sender's laptop key (shared/bundle/bundle-signature.ts), through the
 * real import: altered after signing → refused; re-signed by a key this laptop has not learned →
 * flagged unverified; replayed under another sender → refused (the signature breaks) or flagged
 * (re-signed); signed by the key this laptop knows for the sender → "(verified)".
 */
const NOW = new Date('2026-07-01T09:30:00.000Z');
const MIB = 210_000;

async function key(): Promise<SigningKey> {
  return signingKeyOf(await generateKeyPair());
}

async function aviFile() {
  const avi = laptop(AVI);
  avi.edit((doc) => addAction(doc, { title: 'Joint AI testbed charter' }, NOW));
  return { avi, content: bundleContentOf(avi.doc, avi.sender, null, NOW) };
}

function samKnowing(...keys: [SigningKey, KnownKey['person']][]) {
  const sam = laptop(SAM);
  const known = new Map(keys.map(([signing, person]) => [fingerprintOf(signing.publicKey), { person, via: 'file' as const }]));
  return { ...sam, knownKeys: { get: (fingerprint: string) => known.get(fingerprint) } };
}

async function prepare(target: ReturnType<typeof samKnowing>, file: Uint8Array, passphrase?: string) {
  return prepareImport(await readEnvelope(file), target, { workspace: WORKSPACE_ID, passphrase, fileName: 'avi.tandem' });
}

/** Rewrites one header field of a signed file and recomputes its SHA-256, as a careful forger would. */
async function rewritten(content: BundleContent, signer: SigningKey, change: (content: BundleContent) => BundleContent): Promise<Uint8Array> {
  const signed = await writeBundle(content, { signer });
  const envelope = await readEnvelope(signed);
  if (!envelope.ok) throw new Error(envelope.reason);
  // Same signature block, other content: write the changed content unsigned, then graft the signature on.
  const header = JSON.parse(new TextDecoder().decode(signed.subarray(14, 14 + new DataView(signed.buffer).getUint32(10)))) as { signature: unknown };
  const plain = await writeBundle(change(content));
  const plainHeaderLength = new DataView(plain.buffer).getUint32(10);
  const plainHeader = JSON.parse(new TextDecoder().decode(plain.subarray(14, 14 + plainHeaderLength))) as Record<string, unknown>;
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...plainHeader, signature: header.signature }));
  const body = plain.subarray(18 + plainHeaderLength, plain.length - 32);
  const file = new Uint8Array(50 + headerBytes.length + body.length);
  const view = new DataView(file.buffer);
  file.set(plain.subarray(0, 10));
  view.setUint32(10, headerBytes.length);
  file.set(headerBytes, 14);
  view.setUint32(14 + headerBytes.length, body.length);
  file.set(body, 18 + headerBytes.length);
  file.set(new Uint8Array(await crypto.subtle.digest('SHA-256', file.subarray(0, file.length - 32))), file.length - 32);
  return file;
}

describe('signed sync files', () => {
  it('show the sender verified when signed by the key this laptop knows for them, plain or encrypted', async () => {
    const aviKey = await key();
    const { content } = await aviFile();
    const sam = samKnowing([aviKey, AVI]);
    const plain = await prepare(sam, await writeBundle(content, { signer: aviKey }));
    expect(plain).toMatchObject({ ok: true, sender: { kind: 'verified', via: 'file' } });
    if (!plain.ok) return;
    expect(describeSender(plain.envelope.sender, plain.sender)).toBe('Avi Cohen (verified)');
    const sealed = await prepare(sam, await writeBundle(content, { signer: aviKey, passphrase: 'correct horse', iterations: MIB }), 'correct horse');
    expect(sealed).toMatchObject({ ok: true, sender: { kind: 'verified' } });
  });

  it('flag an unsigned file, and one signed by a key this laptop has not learned', async () => {
    const { content } = await aviFile();
    const sam = samKnowing();
    const unsigned = await prepare(sam, await writeBundle(content));
    expect(unsigned).toMatchObject({ ok: true, sender: { kind: 'unsigned' } });
    const unknown = await prepare(sam, await writeBundle(content, { signer: await key() }));
    expect(unknown).toMatchObject({ ok: true, sender: { kind: 'unknown-key', safetyCode: expect.stringMatching(/^\d{4} \d{4} \d{4}$/) } });
    if (unknown.ok) expect(describeSender(unknown.envelope.sender, unknown.sender)).toMatch(/^unverified: claims to be Avi Cohen \(signed by a key this laptop has not learned; safety code \d{4} \d{4} \d{4}/);
  });

  it('refuse a file altered after signing: its payload, or its sender (replayed under another name)', async () => {
    const aviKey = await key();
    const { content } = await aviFile();
    const sam = samKnowing([aviKey, AVI]);
    const before = stateOf(sam.doc);
    const mallory = laptop(SAM);
    mallory.edit((doc) => addAction(doc, { title: 'Not what Avi sent' }, NOW));
    const otherPayload = await rewritten(content, aviKey, (c) => ({ ...c, payload: Y.encodeStateAsUpdate(mallory.doc), stateVector: Y.encodeStateVector(mallory.doc), sender: { ...c.sender, clientId: mallory.doc.clientID } }));
    const otherSender = await rewritten(content, aviKey, (c) => ({ ...c, sender: { ...SAM, clientId: c.sender.clientId } }));
    for (const file of [otherPayload, otherSender]) {
      const prepared = await prepare(sam, file);
      expect(prepared).toMatchObject({ ok: false, problem: 'altered', reason: expect.stringMatching(/altered after it was signed/) });
    }
    expect(stateOf(sam.doc)).toBe(before);
  });

  it('flag a file re-signed by another key, even one this laptop knows for someone else', async () => {
    const aviKey = await key();
    const samKey = await key();
    const { content } = await aviFile();
    const rina = samKnowing([aviKey, AVI], [samKey, SAM]);
    // Sam's laptop re-signs Avi's file as Avi: the key is Sam's, not Avi's.
    const replayed = await prepare(rina, await writeBundle(content, { signer: samKey }));
    expect(replayed).toMatchObject({ ok: true, sender: { kind: 'other-key' } });
    if (replayed.ok) expect(describeSender(replayed.envelope.sender, replayed.sender)).toBe('unverified: claims to be Avi Cohen (signed by a key this laptop knows for someone else)');
  });
});
