import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { actionsMap, LOCAL_ORIGIN } from '../../../shared/workspace/schema';
import { DANA, RELAY, SAM, seededDoc, signingLaptop, sync } from './laptop';

/**
 * fast-check over random histories: Dana types, deletes and overwrites, signs now and then; the
 * relay and Sam sync at random moments, in random directions, and Sam's copy is compacted (its
 * state re-encoded into a new document) at random. Whatever the history, once Dana has signed and
 * everything has arrived, Sam verifies Dana's content, having learned only her key; and the same
 * history with one of her characters altered on the way is never verified.
 */
type Step =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'status'; pick: number }
  | { kind: 'sign' }
  | { kind: 'toRelay' | 'relayToSam' | 'danaToSam' | 'compactSam' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat() }),
  fc.constant({ kind: 'sign' as const }),
  fc.constantFrom({ kind: 'toRelay' as const }, { kind: 'relayToSam' as const }, { kind: 'danaToSam' as const }, { kind: 'compactSam' as const }),
);

const NOW = new Date('2026-07-01T09:30:00.000Z');
const PREFIX = 'Charter'.length;

function titleOf(doc: Y.Doc, id: string): Y.Text {
  return (actionsMap(doc).get(id) as Y.Map<unknown>).get('title') as Y.Text;
}

describe('verified authorship over random histories', () => {
  it('survives relays, compaction and deletions; an altered character is never verified', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const dana = await signingLaptop(DANA);
        const relay = await signingLaptop(RELAY);
        let sam = await signingLaptop(SAM);
        const id = addAction(dana.doc, { title: 'Charter' }, NOW);
        for (const each of steps) {
          const title = titleOf(dana.doc, id);
          switch (each.kind) {
            case 'type':
              // Kept within the title limit the gate enforces elsewhere; here only authorship is at stake.
              // "Charter" (its first 7 characters) stays whole, for the alteration below to find.
              if (title.length < 400) dana.doc.transact(() => title.insert(PREFIX + (each.at % (title.length - PREFIX + 1)), each.text), LOCAL_ORIGIN);
              break;
            case 'delete':
              if (title.length > PREFIX) {
                const at = PREFIX + (each.at % (title.length - PREFIX));
                dana.doc.transact(() => title.delete(at, Math.min(each.length, title.length - at)), LOCAL_ORIGIN);
              }
              break;
            case 'status':
              setActionStatus(dana.doc, id, (['agreed', 'blocked', 'done'] as const)[each.pick % 3]!, NOW);
              break;
            case 'sign':
              await dana.signer.flush();
              break;
            case 'toRelay':
              sync(dana.doc, relay.doc);
              break;
            case 'relayToSam':
              sync(relay.doc, sam.doc);
              break;
            case 'danaToSam':
              sync(dana.doc, sam.doc);
              break;
            case 'compactSam': {
              const snapshot = Y.encodeStateAsUpdate(sam.doc);
              sam.close();
              const reopened = seededDoc();
              Y.applyUpdate(reopened, snapshot, new RemoteOrigin('file', 'snapshot'));
              sam = await signingLaptop(SAM, reopened);
              break;
            }
          }
        }
        await dana.signer.flush();
        // What Sam lacks, altered on the way: Sam's copy of Dana must then not verify.
        const forged = await signingLaptop(SAM, seededDoc());
        forged.learn(dana);
        const honest = Y.encodeStateAsUpdate(dana.doc, Y.encodeStateVector(seededDoc()));
        Y.applyUpdate(forged.doc, alterCharter(honest), new RemoteOrigin('file', 'altered'));
        sync(dana.doc, relay.doc);
        sync(relay.doc, sam.doc);
        sam.learn(dana);
        const verdict = await sam.verdictOf(dana.doc.clientID);
        const altered = await forged.verdictOf(dana.doc.clientID);
        for (const made of [dana, relay, sam, forged]) made.close();
        expect(verdict).toMatchObject({ verified: true });
        expect(altered).toMatchObject({ verified: false });
      }),
      { numRuns: 25 },
    );
    // Generous: each run makes four keys and hashes every unit several times, on a shared 2-core machine.
  }, 90_000);
});

/** The update with the C of "Charter" (Dana's first title, never split: see PREFIX) changed in place. */
function alterCharter(update: Uint8Array): Uint8Array {
  const bytes = update.slice();
  const marker = new TextEncoder().encode('Charter');
  for (let i = 0; i + marker.length <= bytes.length; i++) {
    if (marker.every((byte, j) => bytes[i + j] === byte)) {
      bytes[i] = 'Z'.charCodeAt(0);
      return bytes;
    }
  }
  throw new Error('No “Charter” in the update.');
}
