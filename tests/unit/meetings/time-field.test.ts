import { describe, expect, it } from 'vitest';
import { fromTime, toTime } from '../../../renderer/src/ui/TimeField';

describe('the meeting start field’s stored form', () => {
  it('reads HH:MM on the 24-hour clock and writes it back the same', () => {
    for (const hhmm of ['00:00', '09:05', '14:30', '23:59']) expect(fromTime(toTime(hhmm)!)).toBe(hhmm);
  });

  it('refuses what is not a time of day', () => {
    for (const wrong of ['24:00', '9:05', '14:60', '14:30:00', '', 'noon']) expect(toTime(wrong)).toBeNull();
    expect(toTime(null)).toBeNull();
  });
});
