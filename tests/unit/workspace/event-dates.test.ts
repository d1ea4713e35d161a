import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveEventDates, setEventDate } from '../../../shared/workspace/event-dates';
import { OperationError } from '../../../shared/workspace/actions';
import { createWorkspaceDoc, eventDatesMap } from '../../../shared/workspace/schema';

const EVENTS = new Set(['compact-signing', 'q3-program-launch']);

describe('anchor event dates', () => {
  it('are set, changed and cleared', () => {
    const doc = createWorkspaceDoc();
    setEventDate(doc, 'compact-signing', '2026-09-01', EVENTS);
    expect(deriveEventDates(doc).dates).toEqual(new Map([['compact-signing', '2026-09-01']]));
    setEventDate(doc, 'compact-signing', '2026-09-15', EVENTS);
    expect(deriveEventDates(doc).dates.get('compact-signing')).toBe('2026-09-15');
    setEventDate(doc, 'compact-signing', null, EVENTS);
    expect(deriveEventDates(doc).dates.size).toBe(0);
  });

  it('refuse an invalid date or an unknown event, with a message, changing nothing', () => {
    const doc = createWorkspaceDoc();
    setEventDate(doc, 'compact-signing', '2026-09-01', EVENTS);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => setEventDate(doc, 'compact-signing', '2026-02-30', EVENTS)).toThrow(new OperationError('2026-02-30 is not a day in the calendar.'));
    expect(() => setEventDate(doc, 'compact-signing', 'next Tuesday', EVENTS)).toThrow(/not a date in the form YYYY-MM-DD/);
    expect(() => setEventDate(doc, 'moon-landing', '2026-09-01', EVENTS)).toThrow(/no anchor event “moon-landing”/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('leave a malformed value from a peer out of the dates and report it', () => {
    const peer = createWorkspaceDoc();
    peer.transact(() => {
      eventDatesMap(peer).set('compact-signing', '2026-13-01');
      eventDatesMap(peer).set('q3-program-launch', 42);
    });
    const doc = createWorkspaceDoc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const view = deriveEventDates(doc);
    expect(view.dates.size).toBe(0);
    expect(view.problems.get('compact-signing')).toMatch(/not a day in the calendar/);
    expect(view.problems.get('q3-program-launch')).toMatch(/must be text/);
  });

  it('reuse the previous view when nothing changed', () => {
    const doc = createWorkspaceDoc();
    setEventDate(doc, 'compact-signing', '2026-09-01', EVENTS);
    const first = deriveEventDates(doc);
    expect(deriveEventDates(doc, first)).toBe(first);
  });

  it('converge when two laptops date the same event concurrently', () => {
    const a = createWorkspaceDoc();
    const b = createWorkspaceDoc();
    setEventDate(a, 'compact-signing', '2026-09-01', EVENTS);
    setEventDate(b, 'compact-signing', '2026-10-01', EVENTS);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(deriveEventDates(a).dates).toEqual(deriveEventDates(b).dates);
    expect(['2026-09-01', '2026-10-01']).toContain(deriveEventDates(a).dates.get('compact-signing'));
  });
});
