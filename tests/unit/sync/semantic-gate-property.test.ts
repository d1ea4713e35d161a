import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { deriveActions } from '../../../shared/workspace/action-view';
import { editActionTitle, MAX_TITLE_LENGTH, OperationError, setActionStatus } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { actionsMap, authorsMap, initiativesMap } from '../../../shared/workspace/schema';
import { SEED } from '../../../shared/workspace/seed-update';
import { AVI, SAM, laptop, stateOf } from '../bundle/laptops';

/**
 * fast-check over hostile updates: random mixes of the app's own edits and attacks (Yjs deletes
 * of records and fields, records replaced, wrong types, oversized text, unknown roots and
 * fields, the seed's reserved id, author entries for others) written by a peer and merged
 * through the gate. Whatever the mix: a refusal leaves the workspace byte for byte as it was and
 * names its rule and reason; an accepted update loses no record that was valid, and leaves every
 * such record valid (no problems in its view, title within the limit).
 */
type Op =
  | { kind: 'status' | 'softDelete' | 'retitle' | 'author'; pick: number; text: string }
  | { kind: 'hardDelete' | 'deleteField' | 'replace' | 'wrongType' | 'oversize' | 'unknownRoot' | 'unknownField' | 'foreignAuthor' | 'initiativeWipe'; pick: number; text: string };

const FIELDS = ['title', 'status', 'tier', 'order', 'description', 'supporting', 'dependsOn', 'createdAt', 'due', 'source'];
const VALUES: unknown[] = [42, null, true, 'x', { kind: 'nope' }, [1, 2], ''];

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('status', 'softDelete', 'retitle', 'author', 'hardDelete', 'deleteField', 'replace', 'wrongType', 'oversize', 'unknownRoot', 'unknownField', 'foreignAuthor', 'initiativeWipe'),
  pick: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 12 }),
}) as fc.Arbitrary<Op>;

/** The app's own edits only: mixes of these must be accepted (the property's other side). */
const benign: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('status', 'softDelete', 'retitle', 'author'),
  pick: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 12 }),
}) as fc.Arbitrary<Op>;

/**
 * A third of the mixes are benign edits alone, so both sides of the property are exercised on
 * every run (with any op drawn at random, a benign-only mix came up about once in 18 runs, and
 * "accepted > 5" failed about one run in six).
 */
const mixes = fc.oneof(
  { weight: 1, arbitrary: fc.array(benign, { minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: fc.array(op, { minLength: 1, maxLength: 4 }) },
);

function pickKey(map: Y.Map<unknown>, pick: number): string {
  const keys = [...map.keys()].sort();
  return keys[pick % keys.length]!;
}

function run(doc: Y.Doc, each: Op): void {
  try {
    attackOrEdit(doc, each);
  } catch (error) {
    // The app's operations refuse to edit an action an earlier op of the mix replaced: no change.
    if (!(error instanceof OperationError)) throw error;
  }
}

function attackOrEdit(doc: Y.Doc, each: Op): void {
  const id = pickKey(actionsMap(doc), each.pick);
  const value = actionsMap(doc).get(id);
  if (!(value instanceof Y.Map)) return;
  const record = value as Y.Map<unknown>;
  switch (each.kind) {
    case 'status': return setActionStatus(doc, id, (['agreed', 'blocked', 'done'] as const)[each.pick % 3]!);
    case 'softDelete': return setActionDeleted(doc, id, each.pick % 2 === 0);
    case 'retitle': return editActionTitle(doc, id, each.text);
    case 'author': return recordAuthor(doc, AVI);
    case 'hardDelete': actionsMap(doc).delete(id); return;
    case 'deleteField': record.delete(FIELDS[each.pick % FIELDS.length]!); return;
    case 'replace': actionsMap(doc).set(id, each.pick % 2 === 0 ? each.text : new Y.Map()); return;
    case 'wrongType': record.set(FIELDS[each.pick % FIELDS.length]!, VALUES[each.pick % VALUES.length]); return;
    case 'oversize': {
      const title = record.get('title');
      if (title instanceof Y.Text) title.insert(0, 'o'.repeat(MAX_TITLE_LENGTH + 1));
      else record.set('title', new Y.Text('o'.repeat(MAX_TITLE_LENGTH + 1)));
      return;
    }
    case 'unknownRoot': doc.getMap(`x-${each.text}`).set('k', each.text.repeat(100)); return;
    case 'unknownField': record.set(`f-${each.text}`, each.text); return;
    case 'foreignAuthor': authorsMap(doc).set(String(1000 + each.pick), { name: 'Forged', delegation: 'israel', role: 'delegate' }); return;
    case 'initiativeWipe': initiativesMap(doc).delete(pickKey(initiativesMap(doc), each.pick)); return;
  }
}

const validIds = (doc: Y.Doc) => new Set(deriveActions(doc).filter((view) => view.problems.length === 0 && view.title.length <= MAX_TITLE_LENGTH).map((view) => view.id));

describe('the semantic gate over hostile updates', () => {
  it('never loses a valid record, and every refusal changes nothing and has a rule and a reason', () => {
    let refusals = 0;
    let accepted = 0;
    // One workspace for every run: refused runs leave it as it was, accepted ones build on it.
    const victim = laptop(SAM);
    fc.assert(
      fc.property(mixes, fc.boolean(), (ops, asSeed) => {
        const peer = new Y.Doc();
        Y.applyUpdate(peer, Y.encodeStateAsUpdate(victim.doc));
        peer.clientID = asSeed ? SEED.clientId : 31_337;
        const vector = Y.encodeStateVector(peer);
        peer.transact(() => {
          for (const each of ops) run(peer, each);
        });
        const update = Y.encodeStateAsUpdate(peer, vector);
        peer.destroy();
        const before = stateOf(victim.doc);
        const valid = validIds(victim.doc);
        const result = victim.merge(update, new RemoteOrigin('peer', 'Mallory'));
        if (!result.ok) {
          refusals++;
          expect(stateOf(victim.doc)).toBe(before);
          expect(result.rule).toBeDefined();
          expect(result.reason).toMatch(/^The update from Mallory .{10,}/);
          return;
        }
        accepted++;
        const after = validIds(victim.doc);
        for (const id of valid) expect(after.has(id), `action ${id} lost or made invalid by ${JSON.stringify(ops)}`).toBe(true);
        expect(asSeed && Y.decodeUpdate(update).structs.length > 0).toBe(false);
      }),
      { numRuns: 120 },
    );
    // Both sides of the property were exercised.
    expect(refusals).toBeGreaterThan(20);
    expect(accepted).toBeGreaterThan(5);
  });
});
