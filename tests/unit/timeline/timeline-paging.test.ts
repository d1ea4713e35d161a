import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { wordsFor } from '../i18n/words';
import { rememberedTimeline } from '../../../renderer/src/features/timeline/timeline-memo';
import {
  TIMELINE_PAGE, UNDATED_KEY, datedGroups, detailsNames, listKey, nextLimit, pageOf, showMoreText,
} from '../../../renderer/src/features/timeline/timeline-paging';
import { itemsOf } from '../../../renderer/src/features/timeline/timeline-text';
import { deriveTimeline } from '../../../shared/plan/timeline';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction } from '../../../shared/workspace/actions';
import { addDependency } from '../../../shared/workspace/dependencies';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const SIGNED = new Map([['compact-signing', '2026-09-01']]);
const EVENTS = new Map(compact.events.map((event) => [event.id, event.name]));

/** The seed plus `count` Quantum actions due on consecutive days from signing, each waiting for the one before. */
function planWith(count: number): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  let previous: string | null = null;
  for (let i = 0; i < count; i++) {
    const id = addAction(doc, { title: `Quantum step ${i}`, initiative: 'Q-1' });
    setActionDue(doc, id, { kind: 'after-event', event: 'compact-signing', offset: { amount: i + 1, unit: 'days' } }, EVENTS);
    if (previous) addDependency(doc, id, previous);
    previous = id;
  }
  return doc;
}

describe('paging a list', () => {
  it('renders one page until asked for more, then the next', () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const first = pageOf(items, undefined);
    expect(first).toEqual({ shown: items.slice(0, TIMELINE_PAGE), total: 60, hidden: 60 - TIMELINE_PAGE });
    const second = pageOf(items, nextLimit(first));
    expect(second.shown).toHaveLength(2 * TIMELINE_PAGE);
    const all = pageOf(items, nextLimit(second));
    expect(all.shown).toBe(items);
    expect(all.hidden).toBe(0);
    expect(pageOf(items, -1).shown).toEqual([]);
  });

  it('says what "Show more" adds and how many are not shown', () => {
    const items = Array.from({ length: 1_030 }, (_, i) => i);
    expect(showMoreText(wordsFor(), pageOf(items, undefined), 'Quantum')).toBe(`Show ${TIMELINE_PAGE} more in Quantum (${(1_030 - TIMELINE_PAGE).toLocaleString('en-US')} not shown)`);
    expect(showMoreText(wordsFor(), pageOf(items, 1_027), 'Not yet dated')).toBe('Show 3 more in Not yet dated (3 not shown)');
    expect(showMoreText(wordsFor('he'), pageOf(items, 1_028), 'עדיין ללא תאריך')).toBe('הצגת 2 נוספות בעדיין ללא תאריך (שתיים לא מוצגות)');
  });
});

describe('paging the timeline', () => {
  const doc = planWith(TIMELINE_PAGE + 10);
  const timeline = deriveTimeline(deriveActions(doc), compact, SIGNED, '2026-09-15', 'domain');

  it('pages each group’s dated actions on its own, earliest due first, and leaves out groups with none dated', () => {
    const groups = datedGroups(timeline.groups, 'domain', {});
    const quantum = groups.find((group) => group.key === 'quantum')!;
    const dated = timeline.groups.find((group) => group.key === 'quantum')!.items.filter((item) => item.schedule.due !== null);
    expect(quantum.total).toBe(dated.length);
    expect(quantum.shown).toEqual(dated.slice(0, TIMELINE_PAGE));
    expect(quantum.hidden).toBe(dated.length - TIMELINE_PAGE);
    expect(groups.every((group) => group.shown.every((item) => item.schedule.due !== null))).toBe(true);
    expect(groups.every((group) => group.total > 0)).toBe(true);
    const more = datedGroups(timeline.groups, 'domain', { [listKey('domain', 'quantum')]: nextLimit(quantum) });
    expect(more.find((group) => group.key === 'quantum')!.hidden).toBe(0);
    // A limit is per grouping: the same key under the other grouping is another list.
    expect(listKey('domain', 'none')).not.toBe(listKey('tier', 'none'));
    expect(UNDATED_KEY).not.toBe(listKey('domain', 'none'));
  });

  it('keeps the critical path and each item’s flags worked out over every action, rendered or not', () => {
    const quantum = datedGroups(timeline.groups, 'domain', {}).find((group) => group.key === 'quantum')!;
    expect(timeline.analysis.criticalPath).toHaveLength(TIMELINE_PAGE + 10);
    const last = timeline.analysis.criticalPath.at(-1)!;
    expect(quantum.shown.some((item) => item.action.id === last)).toBe(false);
    expect(itemsOf(timeline).find((item) => item.action.id === last)!.critical).toBe(true);
  });

  it('names each Details button after its action, and tells apart actions with the same title', () => {
    addAction(doc, { title: 'Twin' });
    addAction(doc, { title: 'Twin' });
    // An empty title can only arrive from elsewhere (a peer's edit): the local operation refuses one.
    const cleared = (actionsMap(doc).get(addAction(doc, { title: 'Soon cleared' })) as Y.Map<unknown>).get('title') as Y.Text;
    cleared.delete(0, cleared.length);
    const items = itemsOf(deriveTimeline(deriveActions(doc), compact, SIGNED, '2026-09-15', 'domain'));
    const names = detailsNames(wordsFor(), items);
    expect(names.size).toBe(items.length);
    expect(new Set(names.values()).size).toBe(items.length);
    const byTitle = (title: string) => items.filter((item) => item.action.title === title).map((item) => names.get(item.action.id));
    expect(byTitle('Quantum step 3')).toEqual(['Details for Quantum step 3']);
    expect(byTitle('Twin')).toEqual(['Details for Twin (1 of 2)', 'Details for Twin (2 of 2)']);
    expect(byTitle('')).toEqual(['Details for Untitled action']);
  });
});

describe('the remembered timeline', () => {
  it('is derived once for the same inputs, and again when one changes', () => {
    const actions = deriveActions(planWith(2));
    const first = rememberedTimeline(actions, compact, SIGNED, '2026-09-15', 'domain', actions);
    expect(rememberedTimeline(actions, compact, SIGNED, '2026-09-15', 'domain', actions)).toBe(first);
    const byTier = rememberedTimeline(actions, compact, SIGNED, '2026-09-15', 'tier', actions);
    expect(byTier).not.toBe(first);
    expect(byTier.groups.map((group) => group.key)).toContain('none');
    expect(rememberedTimeline(actions, compact, SIGNED, '2026-09-16', 'tier', actions)).not.toBe(byTier);
  });
});
