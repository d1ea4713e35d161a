import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveTimeline, type Timeline, type TimelineItem } from '../../../shared/plan/timeline';
import { deriveActions } from '../../../shared/workspace/action-view';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { addDependency } from '../../../shared/workspace/dependencies';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const SIGNED = new Map([['compact-signing', '2026-09-01']]);

const S1_STUDY = 'plan-s1a-commission-feasibility-study'; // 30 days: 2026-10-01
const AI1_CALL = 'plan-ai1-first-challenge-call'; // 90 days: 2026-11-30
const AI1_PILOTS = 'plan-ai1-ot-pilots'; // 12 months: 2027-09-01
const PAX_SILICA = 'plan-s1-pax-silica-framework'; // 6 months: 2027-03-01
const F6_FUND = 'plan-f6-bioconvergence-fund'; // months 12–18: 2027-09-01 to 2028-03-01

function seeded(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  return doc;
}

function timelineOf(doc: Y.Doc, dates: ReadonlyMap<string, string> = SIGNED, grouping: 'domain' | 'tier' = 'domain', today = '2026-09-15'): Timeline {
  return deriveTimeline(deriveActions(doc), compact, dates, today, grouping);
}

function item(timeline: Timeline, id: string): TimelineItem {
  const found = timeline.groups.flatMap((group) => group.items).find((entry) => entry.action.id === id);
  if (!found) throw new Error(`${id} is not on the timeline`);
  return found;
}

describe('the timeline', () => {
  it('runs from the signing date to the latest due day, with the 90-day window', () => {
    const timeline = timelineOf(seeded());
    expect(timeline).toMatchObject({ start: '2026-09-01', windowEnd: '2026-11-30', end: '2028-03-01' });
    expect(item(timeline, S1_STUDY).schedule).toMatchObject({ due: '2026-10-01', window: 'inside', overdue: false });
    expect(item(timeline, AI1_PILOTS).schedule).toMatchObject({ due: '2027-09-01', window: 'after' });
    expect(item(timeline, F6_FUND).schedule.resolved).toEqual({ state: 'dated-window', from: '2027-09-01', to: '2028-03-01' });
  });

  it('without a signing date has no axis and leaves every relative deadline undated', () => {
    const timeline = timelineOf(seeded(), new Map());
    expect(timeline).toMatchObject({ start: null, windowEnd: null, end: null });
    expect(item(timeline, S1_STUDY).schedule).toMatchObject({ due: null, window: 'undated', resolved: { state: 'relative', event: 'compact-signing' } });
  });

  it('marks open actions past due as overdue, and closed ones never', () => {
    const doc = seeded();
    setActionStatus(doc, AI1_CALL, 'done');
    const timeline = timelineOf(doc, SIGNED, 'domain', '2026-12-01');
    expect(item(timeline, S1_STUDY).schedule.overdue).toBe(true);
    expect(item(timeline, AI1_CALL).schedule.overdue).toBe(false);
    expect(item(timeline, AI1_PILOTS).schedule.overdue).toBe(false);
  });

  it('groups by domain in the compact’s order, or by tier with the unsequenced last, each sorted by due day', () => {
    const doc = seeded();
    const own = addAction(doc, { title: 'Ours, not yet sequenced' });
    const byDomain = timelineOf(doc);
    expect(byDomain.groups.map((group) => group.key)).toEqual(['ai', 'semiconductors', 'energy', 'quantum', 'bioconvergence', 'critical-materials', 'implementation', 'funding', 'none']);
    const semis = byDomain.groups.find((group) => group.key === 'semiconductors')!.items.map((entry) => entry.action.id);
    expect(semis.slice(0, 2)).toEqual([S1_STUDY, PAX_SILICA]);
    expect(byDomain.groups.at(-1)!.items.map((entry) => entry.action.id)).toContain(own);
    const byTier = timelineOf(doc, SIGNED, 'tier');
    expect(byTier.groups.map((group) => group.key)).toEqual(['existing-authority', 'appropriations', 'feasibility-review', 'none']);
    expect(byTier.groups.at(-1)!.items.map((entry) => entry.action.id)).toEqual([own]);
    const dues = byTier.groups[0]!.items.map((entry) => entry.schedule.due ?? '\uffff');
    expect(dues).toEqual([...dues].sort());
  });

  it('leaves deleted actions off', () => {
    const doc = seeded();
    setActionDeleted(doc, S1_STUDY, true);
    expect(() => item(timelineOf(doc), S1_STUDY)).toThrow(/not on the timeline/);
  });

  it('has no critical path until actions depend on each other', () => {
    const timeline = timelineOf(seeded());
    expect(timeline.analysis.criticalPath).toEqual([]);
    expect(timeline.groups.flatMap((group) => group.items).some((entry) => entry.critical)).toBe(false);
  });

  it('marks the longest chain of open dependencies as the critical path, dependencies first', () => {
    const doc = seeded();
    addDependency(doc, AI1_PILOTS, AI1_CALL);
    addDependency(doc, AI1_CALL, S1_STUDY);
    addDependency(doc, PAX_SILICA, S1_STUDY);
    const timeline = timelineOf(doc);
    expect(timeline.analysis.criticalPath).toEqual([S1_STUDY, AI1_CALL, AI1_PILOTS]);
    expect(item(timeline, AI1_CALL).critical).toBe(true);
    expect(item(timeline, PAX_SILICA).critical).toBe(false);

    // A finished step no longer bounds anything: the path is what remains open.
    setActionStatus(doc, S1_STUDY, 'done');
    expect(timelineOf(doc).analysis.criticalPath).toEqual([AI1_CALL, AI1_PILOTS]);
  });

  it('warns on an action due before one of its dependencies, naming it', () => {
    const doc = seeded();
    addDependency(doc, S1_STUDY, AI1_PILOTS);
    const timeline = timelineOf(doc);
    expect(item(timeline, S1_STUDY).dueBeforeDependencies).toEqual(['Start at least three U.S. critical infrastructure OT security AI pilots']);
    expect(item(timeline, AI1_PILOTS).dueBeforeDependencies).toEqual([]);
  });

  it('flags the members of a cycle two laptops closed together, and keeps them off the critical path', () => {
    const doc = seeded();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addDependency(doc, S1_STUDY, AI1_CALL);
    addDependency(peer, AI1_CALL, S1_STUDY);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    addDependency(doc, AI1_PILOTS, AI1_CALL);
    const timeline = timelineOf(doc);
    expect(item(timeline, S1_STUDY).inCycle).toBe(true);
    expect(item(timeline, AI1_CALL).inCycle).toBe(true);
    expect(item(timeline, AI1_PILOTS).inCycle).toBe(false);
    expect(timeline.analysis.cycles).toEqual([[AI1_CALL, S1_STUDY].sort()]);
    expect(timeline.analysis.criticalPath).toEqual([]);
  });
});

describe('the timeline under a filter', () => {
  it('lists only what the filter shows but analyses every live action', async () => {
    const { addAction: add } = await import('../../../shared/workspace/actions');
    const { addDependency: depend } = await import('../../../shared/workspace/dependencies');
    const { deriveActions: derive } = await import('../../../shared/workspace/action-view');
    const { createWorkspaceDoc: create } = await import('../../../shared/workspace/schema');
    const { deriveTimeline: timelineOf } = await import('../../../shared/plan/timeline');
    const { loadSeeds: load } = await import('../compact/seed-files');
    const data = load();
    const doc = create();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => add(doc, { title }));
    depend(doc, b!, a!);
    depend(doc, c!, b!);
    const all = derive(doc);
    const shown = all.filter((action) => action.id === c);
    const timeline = timelineOf(all, data, new Map(), '2027-01-01', 'tier', shown);
    expect(timeline.groups.flatMap((group) => group.items.map((item) => item.action.id))).toEqual([c]);
    expect(timeline.analysis.criticalPath).toEqual([a, b, c]);
    expect(timeline.groups[0]!.items[0]!.critical).toBe(true);
  });
});
