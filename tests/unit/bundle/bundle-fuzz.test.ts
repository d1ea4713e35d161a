import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIN_ITERATIONS, SIGNATURE } from '../../../shared/bundle/format';
import { mergeImport, prepareImport } from '../../../shared/bundle/import-bundle';
import { readEnvelope } from '../../../shared/bundle/read-bundle';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { addAction } from '../../../shared/workspace/actions';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { AVI, SAM, laptop, seedStateVector, stateOf, type Laptop } from './laptops';

/**
 * Random and damaged files never merge and never throw. "Unchanged" is checked by comparing the
 * whole encoded state: Yjs state only grows (items are added, deletions only add to the delete
 * set), so a state equal to the one before proves nothing was merged. Where every case is run
 * (all truncations, all bit flips) the comparison runs once at the end for the same reason.
 */
const NOW = new Date('2026-07-02T08:00:00.000Z');
const PASSPHRASE = 'olive grove 42';

/** Small valid files (changes since the seed), plain and encrypted. */
async function smallFiles() {
  const avi = laptop(AVI);
  avi.edit((doc) => addAction(doc, { title: 'Fuzzed action' }, NOW));
  const content = bundleContentOf(avi.doc, avi.sender, seedStateVector(), NOW);
  return {
    plain: await writeBundle(content),
    encrypted: await writeBundle(content, { passphrase: PASSPHRASE, iterations: MIN_ITERATIONS }),
  };
}

async function tryImport(target: Laptop, bytes: Uint8Array, passphrase?: string) {
  const prepared = await prepareImport(await readEnvelope(bytes), target, { workspace: WORKSPACE_ID, passphrase });
  return prepared.ok ? mergeImport(prepared, target, 'fuzz.tandem') : prepared;
}

describe('sync file fuzzing: everything not a valid file is refused, the workspace unchanged', () => {
  it('random bytes, and random bytes behind a valid signature and version', async () => {
    const sam = laptop(SAM);
    const before = stateOf(sam.doc);
    const prefixed = fc.uint8Array({ maxLength: 600 }).map((tail) => Uint8Array.from([...SIGNATURE, 0, 1, ...tail]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 600 }), prefixed), async (bytes) => {
        const outcome = await tryImport(sam, bytes, PASSPHRASE);
        expect(outcome.ok).toBe(false);
        expect(stateOf(sam.doc)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['plain', 'encrypted'] as const)('every truncation of a small %s file', async (kind) => {
    const file = (await smallFiles())[kind];
    const sam = laptop(SAM);
    const before = stateOf(sam.doc);
    for (let length = 0; length < file.byteLength; length++) {
      const outcome = await tryImport(sam, file.slice(0, length), PASSPHRASE);
      expect.soft(outcome, `cut at ${length}`).toMatchObject({ ok: false, problem: 'truncated' });
    }
    expect(stateOf(sam.doc)).toBe(before);
    // The whole file does import: the cuts were refused for being cuts.
    expect(await tryImport(sam, file, PASSPHRASE)).toMatchObject({ ok: true, nothingNew: false });
  });

  it.each(['plain', 'encrypted'] as const)('every single bit flip of a small %s file', async (kind) => {
    const file = (await smallFiles())[kind];
    const sam = laptop(SAM);
    const before = stateOf(sam.doc);
    const accepted: string[] = [];
    for (let bit = 0; bit < file.byteLength * 8; bit++) {
      const flipped = file.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const outcome = await tryImport(sam, flipped, PASSPHRASE);
      if (outcome.ok) accepted.push(`bit ${bit}`);
    }
    expect(accepted).toEqual([]);
    expect(stateOf(sam.doc)).toBe(before);
  });

  it('random multi-byte damage of a valid file, checked case by case', async () => {
    const { plain, encrypted } = await smallFiles();
    const sam = laptop(SAM);
    const before = stateOf(sam.doc);
    const damage = fc.record({
      file: fc.constantFrom(plain, encrypted),
      edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ file, edits }) => {
        const damaged = file.slice();
        for (const { at, value } of edits) damaged[at % damaged.byteLength] = value;
        fc.pre(damaged.some((byte, i) => byte !== file[i]));
        expect((await tryImport(sam, damaged, PASSPHRASE)).ok).toBe(false);
        expect(stateOf(sam.doc)).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
