import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { recordAuthor } from '../../../shared/workspace/authors';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { attributeChanges, diffSnapshots, snapshotOf } from '../../../shared/review/review-diff';
import { groupByWho } from '../../../shared/review/review-groups';
import { setupBaseline } from '../../../shared/review/setup-baseline';
import { SEED_UPDATE } from '../bundle/laptops';
import { DANA, SAM } from './replicas';

/**
 * Review on first use: before any "Mark reviewed", the review is measured from the workspace as it
 * was set up (the seed alone), and read by person.
 */
function seeded(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  return doc;
}

function firstReview(doc: Y.Doc) {
  const baseline = setupBaseline(SEED_UPDATE);
  return attributeChanges(doc, diffSnapshots(baseline, snapshotOf(deriveActions(doc), doc)), [], baseline);
}

describe('a review before the first mark', () => {
  it('shows nothing on a laptop that holds only the seed', () => {
    const doc = seeded();
    expect(deriveActions(doc).length).toBeGreaterThan(30); // the compact's draft plan is there…
    expect(firstReview(doc)).toEqual([]); // …and none of it is a change
  });

  it('shows what others wrote since setup, seed actions edited included, each under its writer', () => {
    const dana = seeded();
    recordAuthor(dana, DANA);
    const seedAction = deriveActions(dana)[0]!;
    editActionTitle(dana, seedAction.id, `${seedAction.title} (revised)`);
    const added = addAction(dana, { title: 'Joint quantum testbed' });

    const sam = seeded();
    Y.applyUpdate(sam, Y.encodeStateAsUpdate(dana));
    recordAuthor(sam, SAM);
    setActionStatus(sam, seedAction.id, 'blocked');

    const changes = firstReview(sam);
    expect(changes.map((change) => [change.id, change.kind]).sort()).toEqual([[added, 'added'], [seedAction.id, 'changed']].sort());
    const groups = groupByWho(changes);
    expect(groups.map((group) => group.who?.name)).toEqual(['Dana Levi', 'Sam Ortiz']);
    const [byDana, bySam] = groups as [(typeof groups)[0], (typeof groups)[0]];
    expect(byDana.changes.map((change) => [change.id, change.kind, change.fields.map((field) => field.field)])).toEqual([
      [seedAction.id, 'changed', ['title']],
      [added, 'added', []],
    ]);
    expect(byDana.changes[1]!.created?.who?.name).toBe('Dana Levi');
    expect(bySam.changes.map((change) => [change.id, change.created, change.fields.map((field) => [field.field, field.after])])).toEqual([
      [seedAction.id, null, [['status', 'blocked']]],
    ]);
  });
});

describe('groupByWho', () => {
  const who = (name: string) => ({ name, delegation: 'us' as const, role: 'delegate' as const });
  const attribution = (name: string | null) => ({ who: name ? who(name) : null, at: null, via: null, viaLabel: '' });
  const field = (name: string | null, f: 'title' | 'status') => ({ field: f, before: 'a', after: 'b', ...attribution(name) });

  it('orders people by name with the unnamed writer last, keeps the changes’ order, and drops no field', () => {
    const changes = [
      { id: '1', title: 'one', kind: 'changed' as const, created: null, fields: [field('Zoe', 'title'), field(null, 'status')] },
      { id: '2', title: 'two', kind: 'added' as const, created: attribution('Ann'), fields: [field('Ann', 'title'), field('Zoe', 'status')] },
      { id: '3', title: 'three', kind: 'removed' as const, created: null, fields: [] },
    ];
    const groups = groupByWho(changes);
    expect(groups.map((group) => [group.who?.name ?? null, group.changes.map((change) => `${change.id}:${change.fields.map((f) => f.field).join('+')}`)])).toEqual([
      ['Ann', ['2:title']],
      ['Zoe', ['1:title', '2:status']],
      [null, ['1:status', '3:']],
    ]);
    // Only the creator's entry says "created"; the same action under another writer does not.
    expect(groups[1]!.changes[1]!.created).toBeNull();
    const fieldsIn = groups.flatMap((group) => group.changes.flatMap((change) => change.fields)).length;
    expect(fieldsIn).toBe(changes.flatMap((change) => change.fields).length);
  });
});
