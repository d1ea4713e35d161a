import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../renderer/src/shell/route';

const VIEWS = new Set(['plan', 'session', 'sync-files', 'key dates/odd']);
const isView = (view: string) => VIEWS.has(view);

describe('the address of a view', () => {
  it('names a view, and a view with an action open', () => {
    expect(formatRoute({ view: 'plan', action: null })).toBe('#/plan');
    expect(formatRoute({ view: 'plan', action: 'plan-ai1-first-challenge-call' })).toBe('#/plan/action/plan-ai1-first-challenge-call');
    expect(parseRoute('#/session', isView)).toEqual({ view: 'session', action: null });
    expect(parseRoute('#/plan/action/a1', isView)).toEqual({ view: 'plan', action: 'a1' });
    expect(parseRoute('#/sync-files/', isView)).toEqual({ view: 'sync-files', action: null });
  });

  it('reads back every route it writes, whatever the action id holds (slashes, Hebrew, percent signs)', () => {
    fc.assert(fc.property(fc.constantFrom(...VIEWS), fc.option(fc.string({ minLength: 1, unit: 'grapheme' }), { nil: null }), (view, action) => {
      expect(parseRoute(formatRoute({ view, action }), isView)).toEqual({ view, action });
    }));
  });

  it('names no route for an empty, unknown, malformed or longer address, so the caller keeps its own', () => {
    for (const hash of ['', '#', '#/', 'plan', '#plan', '#/nowhere', '#/plan/action/', '#/plan/action', '#/plan/other/x',
      '#/plan/action/a/b', '#/%E0%A4%A', '#/plan/action/%E0%A4%A', '#/constructor', '#/__proto__']) {
      expect(parseRoute(hash, isView), hash).toBeNull();
    }
  });

  it('never throws on any address', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const route = parseRoute(`#/${text}`, isView);
      if (route) expect(VIEWS.has(route.view)).toBe(true);
    }));
  });
});
