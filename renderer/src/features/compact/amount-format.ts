/**
 * Amounts in the reader's locale. English takes the currency's compact form ("$5.5B", en-GB
 * "$5.5bn"). Hebrew does not: Chromium's he-IL compact currency is "5.5B $", a Latin B inside a
 * Hebrew sentence, so Hebrew takes the long compact number with the dollar sign after it, as
 * Hebrew writes amounts: "5.5 מיליארד $". Ranges, "~" and "at least" are words of the language,
 * so they come from the messages (`words`).
 */
import type { Amount } from '../../../../shared/compact/types';

export interface AmountWords {
  readonly range: (min: string, max: string) => string;
  readonly approximate: (amount: string) => string;
  readonly atLeast: (amount: string) => string;
}

/** One figure: "$500M", "500 מיליון $". */
export function formatMoney(value: number, locale: string): string {
  if (/^(he|iw)\b/i.test(locale)) {
    const number = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
    // The number's own marks (he-IL puts an RLM before it) are kept; a no-break space holds the sign to it.
    return `${number}\u00a0$`;
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2,
  }).format(value);
}

/** "$5.5B", "$500M–$1B", "~$150M", "at least $10B" (open-ended: a minimum only), in `locale`. */
export function formatAmountIn(amount: Amount, locale: string, words: AmountWords): string {
  const body = amount.max === undefined || amount.min === amount.max
    ? formatMoney(amount.min, locale)
    : words.range(formatMoney(amount.min, locale), formatMoney(amount.max, locale));
  const approximate = amount.approximate ? words.approximate(body) : body;
  return amount.max === undefined ? words.atLeast(approximate) : approximate;
}
