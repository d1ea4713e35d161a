import { describe, expect, it } from 'vitest';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { planItems, rangeIds, shownSelection } from '../../../renderer/src/features/plan-list/plan-items';

function plan() {
  const doc = createWorkspaceDoc();
  const ids = {
    a: addAction(doc, { title: 'A', tier: 'appropriations' }),
    b: addAction(doc, { title: 'B' }),
    c: addAction(doc, { title: 'C', tier: 'existing-authority' }),
    d: addAction(doc, { title: 'D' }),
    gone: addAction(doc, { title: 'Gone' }),
  };
  setActionDeleted(doc, ids.gone, true);
  return { ids, actions: deriveActions(doc) };
}

describe('planItems', () => {
  it('lists non-empty tiers in board order, a heading then its live rows, and indexes every row', () => {
    const { ids, actions } = plan();
    const { items, groups, rows, indexOf } = planItems(actions);
    expect(groups.map((group) => [group.tier, group.size])).toEqual([[null, 2], ['existing-authority', 1], ['appropriations', 1]]);
    expect(items.map((item) => (item.kind === 'group' ? `#${groups[item.group]!.tier}` : item.action.title)))
      .toEqual(['#null', 'B', 'D', '#existing-authority', 'C', '#appropriations', 'A']);
    expect(rows.map((action) => action.title)).toEqual(['B', 'D', 'C', 'A']);
    expect(indexOf.get(ids.c)).toBe(4);
    expect(indexOf.has(ids.gone)).toBe(false);
    for (const group of groups) expect(items[group.start]).toEqual({ kind: 'group', group: groups.indexOf(group) });
  });
});

describe('selection helpers', () => {
  it('a Shift range runs in list order either way, and across tiers', () => {
    const { ids, actions } = plan();
    const { rows } = planItems(actions);
    expect(rangeIds(rows, ids.b, ids.c)).toEqual([ids.b, ids.d, ids.c]);
    expect(rangeIds(rows, ids.a, ids.d)).toEqual([ids.d, ids.c, ids.a]);
    expect(rangeIds(rows, null, ids.a)).toEqual([ids.a]);
    expect(rangeIds(rows, 'not-listed', ids.a)).toEqual([ids.a]);
    expect(rangeIds(rows, ids.a, 'not-listed')).toEqual([]);
  });

  it('what is shown as selected is what the list still shows, in its order', () => {
    const { ids, actions } = plan();
    const { rows } = planItems(actions);
    expect(shownSelection(rows, new Set([ids.a, ids.gone, ids.b, 'elsewhere']))).toEqual([ids.b, ids.a]);
    expect(shownSelection(rows, new Set())).toEqual([]);
  });
});
