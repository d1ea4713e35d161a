/**
 * The one time-of-day field, DateField's sibling: typed in the reader's locale's form (2:00 PM in
 * en-US, 14:00 in en-GB and he-IL); the value in and out is the stored form, "HH:MM" on a 24-hour
 * clock. React Aria's TimeField does the locale's hour cycle, the day-period segment and the
 * keyboard (arrows, typing, Backspace); a native <input type="time"> follows the browser's locale,
 * not the interface's, and cannot be told otherwise.
 *
 * A time left half-typed is said under the field (in the interface's language) when the person
 * leaves it; the parent hears null until the time is whole.
 */
import { Time } from '@internationalized/date';
import { useState, type FocusEvent } from 'react';
import { DateInput, DateSegment, FieldError, I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { useT } from './i18n/I18nProvider';
import { useLocale } from './locale';
import { typedSegments, useTypedValue } from './typed-field';
import './date-field.css';

export interface TimeFieldProps {
  readonly label: string;
  /** The stored form, "HH:MM" (24-hour), or null for none. */
  readonly value: string | null;
  /** A whole time as "HH:MM"; null while cleared or half-typed. */
  readonly onChange: (hhmm: string | null) => void;
  /**
   * Focus left the field (its segments), with the whole time it holds, or null when it is
   * half-typed or empty. (React Aria does not always report a segment cleared out of a whole time
   * through onChange, so what the segments show is read here.)
   */
  readonly onLeave?: (hhmm: string | null) => void;
  readonly className?: string;
  readonly testId?: string;
}

/** "HH:MM" to a Time, or null when it is not one. */
export function toTime(hhmm: string | null): Time | null {
  const match = hhmm ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm) : null;
  return match ? new Time(Number(match[1]), Number(match[2])) : null;
}

/** A Time to the stored "HH:MM". */
export function fromTime(time: Time): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

export function TimeField({ label, value, onChange, onLeave, className, testId }: TimeFieldProps) {
  const locale = useLocale();
  const t = useT();
  const { typed: time, setTyped: setTime, emit } = useTypedValue(value, toTime);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (next: Time | null) => {
    setTime(next);
    setProblem(null);
    const out = next ? fromTime(next) : null;
    emit(out);
    onChange(out);
  };
  const blur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const { typed, total } = typedSegments(event.currentTarget);
    const whole = typed === total;
    setProblem(typed > 0 && !whole ? t('time.incomplete') : null);
    onLeave?.(whole && time ? fromTime(time) : null);
  };
  return (
    <I18nProvider locale={locale}>
      <div className={['date-field-wrap', className].filter(Boolean).join(' ')} data-testid={testId} data-locale={locale} onBlur={blur}>
        <AriaTimeField className="date-field" value={time} onChange={change} granularity="minute" shouldForceLeadingZeros
          isInvalid={problem ? true : undefined} validationBehavior="aria">
          <Label className="date-field-label">{label}</Label>
          {/* Hours before minutes in every locale (14:00 reads so in Hebrew too): the segments run left to right. */}
          <DateInput className="date-field-group date-field-input time-field-input" dir="ltr">
            {(segment) => <DateSegment segment={segment} className="date-field-segment" />}
          </DateInput>
          {problem && <FieldError className="field-error" elementType="p">{problem}</FieldError>}
        </AriaTimeField>
      </div>
    </I18nProvider>
  );
}
