import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../../shared/text/bidi';
import { formatDay, formatDayInText } from '../../../shared/text/dates';

describe('dates for reading', () => {
  it('writes a day in each locale\'s form, the same calendar day in every time zone', () => {
    expect(formatDay('2027-12-31', 'en-US')).toBe('Dec 31, 2027');
    expect(formatDay('2027-12-31', 'en-GB')).toBe('31 Dec 2027');
    expect(formatDay('2027-12-31', 'he-IL')).toMatch(/^31 בדצמ׳ 2027$/);
    expect(formatDay('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
  });

  it('writes a month deadline as the month', () => {
    expect(formatDay('2027-12', 'en-US')).toBe('December 2027');
  });

  it('returns what it cannot read as it was, and survives a malformed locale', () => {
    expect(formatDay('2027-02-30', 'en-US')).toBe('2027-02-30');
    expect(formatDay('soon', 'en-US')).toBe('soon');
    expect(formatDay('2027-12-31', 'not a locale!')).toBe('Dec 31, 2027');
  });

  it('isolates a right-to-left day for a sentence, and leaves a left-to-right one bare', () => {
    expect(formatDayInText('2027-12-31', 'he-IL')).toBe(`${FSI}${formatDay('2027-12-31', 'he-IL')}${PDI}`);
    expect(formatDayInText('2027-12-31', 'en-GB')).toBe('31 Dec 2027');
  });
});
