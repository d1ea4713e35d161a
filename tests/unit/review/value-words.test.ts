import { describe, expect, it } from 'vitest';
import { ENGLISH_VALUE_WORDS, formatValue, RAW_NAMES, type Names } from '../../../shared/review/field-format';
import type { FieldValue, TrackedField } from '../../../shared/review/fields';
import { valueWords } from '../../../renderer/src/features/review/use-names';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';
import { translator } from '../i18n/words';

/** formatValue's words in the review, the inbox and the import preview, from the real message files. */
const namesIn = (language: 'en' | 'he'): Names => {
  const locale = language === 'en' ? 'en-US' : 'he-IL';
  return { ...RAW_NAMES, words: valueWords(translator(language), locale) };
};
const VALUES: readonly [TrackedField | 'attendee', FieldValue][] = [
  ['status', 'done'], ['status', 'maybe'], ['tier', 'appropriations'], ['tier', null], ['tier', 'someday'],
  ['title', ''], ['usLead', null], ['usLead', { institution: 'NSF', person: 'Dana Levi' }],
  ['supporting', ['NSF', 'DOE', 'NQC']], ['deleted', true], ['deleted', false],
  ['attendee', { kind: 'guest', name: 'Dana Levi', side: 'israel' }],
];

describe('values in words, in the interface language', () => {
  it('reads in English exactly as the shared English words (the audit trail and CSV use those)', () => {
    const english = namesIn('en');
    for (const [field, value] of VALUES) {
      expect(formatValue(field, value, english), `${field} ${JSON.stringify(value)}`).toBe(formatValue(field, value, { ...RAW_NAMES, words: ENGLISH_VALUE_WORDS }));
    }
  });

  it('reads in Hebrew: statuses, tiers, none, deleted, delegations and lists in Hebrew, user text kept', () => {
    const hebrew = namesIn('he');
    expect(formatValue('status', 'done', hebrew)).toBe('בוצעה');
    expect(formatValue('status', 'maybe', hebrew)).toBe('סטטוס לא מוכר „maybe”');
    expect(formatValue('tier', null, hebrew)).toBe(MESSAGES.he['plan.tier.none']);
    expect(formatValue('usLead', null, hebrew)).toBe('אין');
    expect(formatValue('supporting', ['NSF', 'DOE', 'NQC'], hebrew)).toBe(new Intl.ListFormat('he-IL', { type: 'unit' }).format(['NSF', 'DOE', 'NQC']));
    expect(formatValue('attendee', { kind: 'guest', name: 'Dana Levi', side: 'israel' }, hebrew)).toBe('Dana Levi (ישראל)');
    for (const [field, value] of VALUES) {
      const text = formatValue(field, value, hebrew);
      const withoutUserText = text.replace(/Dana Levi|NSF|DOE|NQC|maybe|someday/g, '');
      expect(withoutUserText, `${field} ${JSON.stringify(value)}`).not.toMatch(/[A-Za-z]/);
    }
  });
});
