import { describe, expect, it } from 'vitest';
import { formatAmountIn, formatMoney, type AmountWords } from '../../../renderer/src/features/compact/amount-format';
import type { Translate } from '../../../renderer/src/ui/i18n/I18nProvider';
import { englishT, hebrewT } from '../owners/english';

/** The words the Funding view passes, from the real message files. */
const wordsOf = (t: Translate): AmountWords => ({
  range: (min, max) => t('data.amount.range', { min, max }),
  approximate: (amount) => t('data.amount.approximate', { amount }),
  atLeast: (amount) => t('data.amount.atLeast', { amount }),
});
/** Without the direction marks ICU puts around he-IL numbers, to compare the visible text. */
const visible = (text: string) => text.replace(/[\u200e\u200f]/g, '');

describe('amounts in the locale’s form', () => {
  it('writes English amounts as compact currency: $5.5B, $500M, en-GB $5.5bn', () => {
    expect(formatMoney(5.5e9, 'en-US')).toBe('$5.5B');
    expect(formatMoney(500e6, 'en-US')).toBe('$500M');
    expect(formatMoney(2.25e9, 'en-US')).toBe('$2.25B');
    expect(formatMoney(5.5e9, 'en-GB')).toBe('$5.5bn');
  });

  it('writes Hebrew amounts in words with the sign after them, never a Latin B: 5.5 מיליארד $', () => {
    expect(visible(formatMoney(5.5e9, 'he-IL'))).toBe('5.5 מיליארד\u00a0$');
    expect(visible(formatMoney(150e6, 'he-IL'))).toBe('150 מיליון\u00a0$');
    expect(formatMoney(5.5e9, 'he-IL')).not.toMatch(/[A-Za-z]/);
  });

  it('words ranges, approximate and open-ended amounts per language', () => {
    const en = wordsOf(englishT);
    expect(formatAmountIn({ min: 5.5e9, max: 5.5e9, approximate: true }, 'en-US', en)).toBe('~$5.5B');
    expect(formatAmountIn({ min: 500e6, max: 1e9, approximate: false }, 'en-US', en)).toBe('$500M–$1B');
    expect(formatAmountIn({ min: 10e9, approximate: false }, 'en-US', en)).toBe('at least $10B');
    const he = wordsOf(hebrewT);
    expect(visible(formatAmountIn({ min: 10e9, approximate: false }, 'he-IL', he))).toBe('לפחות 10 מיליארד\u00a0$');
    expect(visible(formatAmountIn({ min: 500e6, max: 1e9, approximate: true }, 'he-IL', he))).toBe('כ־500 מיליון\u00a0$ עד 1 מיליארד\u00a0$');
  });
});
