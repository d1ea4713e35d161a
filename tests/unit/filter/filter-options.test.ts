import { translator } from '../i18n/words';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../shared/plan/action-filter';
import type { InstitutionDirectory, InstitutionView } from '../../../shared/workspace/institution-view';
import {
  STATUS_OPTIONS, TIER_OPTIONS, isFiltering, ownerGroups, withChoice,
} from '../../../renderer/src/features/filter/filter-options';
import { isTypingTarget } from '../../../renderer/src/features/filter/typing-target';

function institution(id: string, name: string, side: InstitutionView['side'], shortName: string | null = null): [string, InstitutionView] {
  return [id, { id, name, shortName, side, kind: 'agency', parent: null, problems: [] }];
}

describe('the filter bar’s choices', () => {
  it('list owners by side, U.S. first, by the label the plan shows, and keep those without a readable side', () => {
    const directory: InstitutionDirectory = new Map([
      institution('us-nist', 'National Institute of Standards and Technology', 'us', 'NIST'),
      institution('il-iia', 'Israel Innovation Authority', 'israel', 'IIA'),
      institution('us-doe', 'Department of Energy', 'us', 'DOE'),
      institution('il-incd', 'Israel National Cyber Directorate', 'israel', 'INCD'),
      institution('odd', 'From a peer', null),
    ]);
    expect(ownerGroups(directory)).toEqual([
      { label: 'U.S.', side: 'us', options: [{ value: 'us-doe', label: 'DOE' }, { value: 'us-nist', label: 'NIST' }] },
      { label: 'Israel', side: 'israel', options: [{ value: 'il-iia', label: 'IIA' }, { value: 'il-incd', label: 'INCD' }] },
      { label: 'Side unknown', side: null, options: [{ value: 'odd', label: 'From a peer' }] },
    ]);
    expect(ownerGroups(new Map())).toEqual([]);
  });

  it('offer the three tiers in the compact’s words and the unsequenced, and every status', () => {
    expect(TIER_OPTIONS.map((option) => option.value)).toEqual(['existing-authority', 'appropriations', 'feasibility-review', 'unsequenced']);
    expect(TIER_OPTIONS[0]!.label).toBe('Available now under existing authority');
    expect(STATUS_OPTIONS.map((option) => option.label)).toEqual(['Proposed', 'Agreed', 'In progress', 'Done', 'Blocked', 'Dropped']);
  });

  it('turn a select’s value into the filter, "" and unknown values meaning any', () => {
    expect(withChoice(NO_FILTER, 'tier', 'unsequenced').tier).toBe('unsequenced');
    expect(withChoice(NO_FILTER, 'tier', 'appropriations').tier).toBe('appropriations');
    expect(withChoice(NO_FILTER, 'tier', 'someday').tier).toBeNull();
    expect(withChoice(NO_FILTER, 'side', 'israel').side).toBe('israel');
    expect(withChoice(NO_FILTER, 'side', 'mars').side).toBeNull();
    expect(withChoice(NO_FILTER, 'status', 'blocked').status).toBe('blocked');
    expect(withChoice(NO_FILTER, 'status', 'lost').status).toBeNull();
    expect(withChoice({ ...NO_FILTER, owner: 'us-nist' }, 'owner', '').owner).toBeNull();
    expect(withChoice({ ...NO_FILTER, text: 'fusion' }, 'domain', 'energy')).toEqual({ ...NO_FILTER, text: 'fusion', domain: 'energy' });
  });

  it('know whether anything is filtered (blank search text is not)', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: 'קוונטים' })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, status: 'done' })).toBe(true);
  });

  it('count what is shown', () => {
    const t = translator();
    expect(t('plan.filter.count', { shown: 3, total: 33 })).toBe('Showing 3 of 33 actions');
    expect(t('plan.filter.count', { shown: 1, total: 1 })).toBe('Showing 1 of 1 action');
    const he = translator('he');
    expect(he('plan.filter.count', { shown: 1, total: 1 })).toBe('מוצגת 1 מתוך פעולה אחת');
    expect(he('plan.filter.count', { shown: 2, total: 2 })).toBe('מוצגות 2 מתוך שתי פעולות');
    expect(he('plan.filter.count', { shown: 3, total: 1234 })).toBe('מוצגות 3 מתוך 1,234 פעולות');
  });
});

describe('the "/" shortcut', () => {
  it('leaves alone what someone is typing in, and a select’s type-ahead', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('takes over from buttons, radios, checkboxes and the page itself', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'MAIN' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
