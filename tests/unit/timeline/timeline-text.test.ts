import { describe, expect, it } from 'vitest';
import { deriveTimeline, type Timeline, type TimelineItem } from '../../../shared/plan/timeline';
import { deriveActions } from '../../../shared/workspace/action-view';
import { setActionStatus } from '../../../shared/workspace/actions';
import { addDependency } from '../../../shared/workspace/dependencies';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import * as Y from 'yjs';
import { isolate } from '../../../shared/text/bidi';
import {
  criticalPathText, cycleTexts, flagsOf, groupLabel, itemsOf, statusLabel, titleOf, windowText,
} from '../../../renderer/src/features/timeline/timeline-text';
import { hebrewDay, wordsFor } from '../i18n/words';

const words = wordsFor();
import { loadSeeds } from '../compact/seed-files';
import { formatDay } from '../../../shared/text/dates';
import { setActionDue } from '../../../shared/workspace/action-edits';

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);
const SIGNED = new Map([['compact-signing', '2026-09-01']]);
const S1_STUDY = 'plan-s1a-commission-feasibility-study';
const AI1_CALL = 'plan-ai1-first-challenge-call';
const AI1_PILOTS = 'plan-ai1-ot-pilots';
const eventName = (id: string) => (id === 'compact-signing' ? 'Compact signing' : id);

function seeded(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  return doc;
}

function timelineOf(doc: Y.Doc, dates: ReadonlyMap<string, string> = SIGNED, today = '2026-09-15'): Timeline {
  return deriveTimeline(deriveActions(doc), compact, dates, today, 'domain');
}

function item(timeline: Timeline, id: string): TimelineItem {
  return itemsOf(timeline).find((entry) => entry.action.id === id)!;
}

const titlesOf = (timeline: Timeline) => new Map(itemsOf(timeline).map((entry) => [entry.action.id, titleOf(words, entry.action)]));

describe('the timeline in words', () => {
  it('names groups by domain, by tier, and the ones with neither', () => {
    expect(groupLabel(words, 'quantum', 'domain', compact)).toBe('Quantum');
    expect(groupLabel(words, 'none', 'domain', compact)).toBe('No initiative');
    expect(groupLabel(words, 'appropriations', 'tier', compact)).toBe('Requires appropriations or legislative support');
    expect(groupLabel(words, 'none', 'tier', compact)).toBe('Not yet sequenced');
  });

  it('says there is no critical path until actions wait on each other, then lists it in order', () => {
    const doc = seeded();
    expect(criticalPathText(words, timelineOf(doc), titlesOf(timelineOf(doc)))).toBe('No critical path yet: no open action waits for another.');
    addDependency(doc, AI1_PILOTS, AI1_CALL);
    addDependency(doc, AI1_CALL, S1_STUDY);
    const timeline = timelineOf(doc);
    expect(criticalPathText(words, timeline, titlesOf(timeline))).toBe(
      `Critical path: ${isolate('Commission the S-1 Kiryat Gat feasibility study (Commerce/CHIPS and Ministry of Economy)')} → ` +
      `${isolate('Issue the first joint AI-Cybersecurity Foundry challenge call')} → ${isolate('Start at least three U.S. critical infrastructure OT security AI pilots')}`,
    );
    expect(flagsOf(words, item(timeline, AI1_CALL), timeline.analysis.criticalPath, eventName)).toEqual([
      { kind: 'critical', text: 'Critical path, step 2 of 3' },
    ]);
  });

  it('flags overdue, due before a dependency, and cycle members, most urgent first', () => {
    const doc = seeded();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    addDependency(doc, S1_STUDY, AI1_CALL);
    addDependency(peer, AI1_CALL, S1_STUDY);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const timeline = timelineOf(doc, SIGNED, '2026-10-15');
    expect(flagsOf(words, item(timeline, S1_STUDY), [], eventName)).toEqual([
      { kind: 'overdue', text: 'Overdue (due 2026-10-01)' },
      { kind: 'due-before', text: `Due before “${isolate('Issue the first joint AI-Cybersecurity Foundry challenge call')}”, which it depends on` },
      { kind: 'cycle', text: 'In a dependency cycle' },
    ]);
    expect(cycleTexts(words, 'en-US', timeline, titlesOf(timeline))).toEqual([
      `Dependency cycle: “${isolate('Issue the first joint AI-Cybersecurity Foundry challenge call')}” and ` +
      `“${isolate('Commission the S-1 Kiryat Gat feasibility study (Commerce/CHIPS and Ministry of Economy)')}” wait for each other, ` +
      'so none of them can start. Remove one of the dependencies.',
    ]);
  });

  it('flags a date before signing as such, with the date in the reader\'s form, and never as overdue', () => {
    const doc = seeded();
    setActionDue(doc, S1_STUDY, { kind: 'date', date: '1999-01-01' }, new Map());
    const timeline = timelineOf(doc, SIGNED, '2026-10-15');
    const early = item(timeline, S1_STUDY);
    expect(windowText(words, early, eventName)).toBe('Due before Compact signing');
    expect(flagsOf(words, early, [], eventName, (iso) => formatDay(iso, 'en-GB'))).toEqual([
      { kind: 'before-start', text: 'Due before Compact signing (due 1 Jan 1999): check the date' },
    ]);
  });

  it('says what an undated action waits for, or that it has no deadline', () => {
    const timeline = timelineOf(seeded(), new Map());
    expect(flagsOf(words, item(timeline, S1_STUDY), [], eventName)).toEqual([{ kind: 'undated', text: 'Undated: waits for Compact signing' }]);
    expect(flagsOf(words, item(timeline, 'plan-designate-owners-program-office'), [], eventName)).toEqual([{ kind: 'undated', text: 'Undated: no deadline' }]);
  });

  it('names statuses, and never leaves a title blank', () => {
    const doc = seeded();
    setActionStatus(doc, S1_STUDY, 'in-progress');
    const action = item(timelineOf(doc), S1_STUDY).action;
    expect(statusLabel(words, action)).toBe('In progress');
    expect(statusLabel(words, { ...action, status: null, rawStatus: 'maybe' })).toBe('Invalid status (maybe)');
    expect(titleOf(words, { ...action, title: '  ' })).toBe('Untitled action');
  });

  it('says the flags and the path in Hebrew, with the Hebrew date isolated and titles in logical order', () => {
    const doc = seeded();
    addDependency(doc, AI1_PILOTS, AI1_CALL);
    const timeline = timelineOf(doc, SIGNED, '2026-10-15');
    const he = wordsFor('he');
    expect(flagsOf(he, item(timeline, S1_STUDY), [], eventName, hebrewDay)[0]).toEqual(
      { kind: 'overdue', text: `באיחור (מועד ${hebrewDay('2026-10-01')})` },
    );
    expect(criticalPathText(he, timeline, titlesOf(timeline))).toBe(
      `נתיב קריטי: ${isolate('Issue the first joint AI-Cybersecurity Foundry challenge call')} → ${isolate('Start at least three U.S. critical infrastructure OT security AI pilots')}`,
    );
    expect(groupLabel(he, 'none', 'tier', compact)).toBe('טרם שובצה');
  });
});
