/**
 * The one date field: typed in the reader's locale's order (31/12/2027 in en-GB and he-IL,
 * 12/31/2027 in en-US), or picked from a calendar; the value in and out is an ISO day
 * (YYYY-MM-DD), the stored form. React Aria's DatePicker does the locale's segment order, the
 * keyboard (arrows, typing, Backspace), the calendar grid and its ARIA; @internationalized/date
 * is its calendar arithmetic. Hand-writing these would mean redoing per-locale segment order and
 * a grid's keyboard model, which is the part everyone gets wrong.
 *
 * What is typed is checked here and said in the interface's language (RAC's own messages follow
 * the date's locale, which is not the interface's): a date left half-typed, or outside the years
 * the app accepts (shared/compact/calendar.ts: 1900–2200), is reported through `onProblem` and
 * shown under the field; the form decides not to submit.
 */
import { parseDate, type CalendarDate } from '@internationalized/date';
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { useCallback, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  Button, Calendar, CalendarCell, CalendarGrid, DateInput, DatePicker, DateSegment, Dialog, Group, Heading,
  FieldError, I18nProvider, isRTL, Label, Popover, Text,
} from 'react-aria-components';
import { parseIsoDay } from '../../../shared/compact/calendar';
import { useT } from './i18n/I18nProvider';
import { useLocale } from './locale';
import { typedSegments, useTypedValue } from './typed-field';
import './date-field.css';

/**
 * React Aria's press handling injects a <style> element (touch-action on pressable elements) unless
 * an element with this id already exists; the CSP (style-src 'self') refuses injected styles, so a
 * placeholder takes the id and the rule lives in date-field.css instead. Done when this module
 * loads, before any field mounts.
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';
if (typeof document !== 'undefined' && !document.getElementById(PRESSABLE_STYLE_ID)) {
  const placeholder = document.createElement('meta');
  placeholder.id = PRESSABLE_STYLE_ID;
  placeholder.name = 'react-aria-pressable-style';
  placeholder.content = 'touch-action rule in date-field.css (CSP)';
  document.head.append(placeholder);
}

const MIN = '1900-01-01';
const MAX = '2200-12-31';

export interface DateFieldProps {
  readonly label: string;
  /** The stored form: an ISO day, or null for none. */
  readonly value: string | null;
  /** A complete date in range, as ISO; null when cleared, half-typed or out of range (`onProblem` says why). */
  readonly onChange: (iso: string | null) => void;
  /** Why what is typed is not a date yet (half-typed, out of range); null once it is. */
  readonly onProblem?: (problem: string | null) => void;
  /** A message from the form (its own check, a refusal): shown under the field, which is marked invalid. */
  readonly error?: string | null;
  readonly readOnly?: boolean;
  /** A short hint under the field (the segments' placeholders already show the locale's order). */
  readonly description?: string;
  readonly className?: string;
  readonly testId?: string;
  /** Controls that belong on the field's line (a form's Set and Clear buttons), after the field. */
  readonly trailing?: ReactNode;
}

function toCalendarDate(iso: string | null): CalendarDate | null {
  if (!iso || !parseIsoDay(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/** What is wrong with what was typed, as the id of the message that says so. */
type DayProblem = 'date.yearRange' | 'date.incomplete';

/** Why a complete ISO day cannot be stored (the app's years), or null. */
export function checkDay(iso: string): DayProblem | null {
  return !parseIsoDay(iso) || iso < MIN || iso > MAX ? 'date.yearRange' : null;
}

export function DateField(props: DateFieldProps) {
  const { label, value, onChange, onProblem, error, readOnly, className, testId } = props;
  const locale = useLocale();
  const direction = isRTL(locale) ? 'rtl' : 'ltr';
  const [problem, setProblem] = useState<string | null>(null);
  const { typed: date, setTyped: setDate, emit } = useTypedValue(value, toCalendarDate);
  const [portal, setPortal] = useState<Element | null>(null);
  // The calendar opens inside the nearest modal <dialog> when there is one: a popover on <body>
  // would sit under the dialog's top layer, inert.
  const root = useCallback((element: HTMLDivElement | null) => setPortal(element?.closest('dialog') ?? null), []);
  const t = useT();
  const report = (next: DayProblem | null) => {
    const said = next && t(next);
    setProblem(said);
    onProblem?.(said);
  };
  // While typing, the parent hears at once whether there is a date; the field says what is wrong
  // only when the person leaves it or presses Enter (not at every digit of the year).
  const change = (next: CalendarDate | null) => {
    setDate(next);
    setProblem(null);
    const iso = next ? next.toString() : null;
    const wrong = iso ? checkDay(iso) : null;
    const out = wrong ? null : iso;
    emit(out);
    onProblem?.(wrong && t(wrong));
    onChange(out);
  };
  // A half-typed date (RAC keeps the typed segments and reports no value) is said when the person
  // leaves the field or presses Enter in it.
  const checkWhole = (field: HTMLElement) => {
    const { typed, total } = typedSegments(field);
    if (typed > 0 && typed < total) report('date.incomplete');
    else report(date ? checkDay(date.toString()) : null);
  };
  const blur = (event: FocusEvent<HTMLDivElement>) => {
    const group = event.currentTarget.querySelector('.date-field-group');
    if (!group?.contains(event.target as Node) || group.contains(event.relatedTarget as Node | null)) return;
    checkWhole(event.currentTarget);
  };
  // Enter in a segment submits the form, as it does in a text input; the check is flushed first so
  // the form's submit handler sees it. In the capture phase: the segment handles Enter itself.
  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof Element) || !event.target.matches('[role="spinbutton"]')) return;
    event.preventDefault();
    const field = event.currentTarget;
    flushSync(() => checkWhole(field));
    field.closest('form')?.requestSubmit();
  };
  const shown = error ?? problem;
  return (
    <I18nProvider locale={locale}>
      {/* Label and hint are the interface's words and take its direction; the segments and the
          calendar take the date locale's, which React Aria's keyboard model follows. */}
      <div ref={root} className={['date-field-wrap', className].filter(Boolean).join(' ')} data-testid={testId}
        data-locale={locale} onBlur={blur} onKeyDownCapture={keyDown}>
        <DatePicker className="date-field" value={date} onChange={change} isReadOnly={readOnly} granularity="day"
          minValue={parseDate(MIN)} maxValue={parseDate(MAX)} isInvalid={shown ? true : undefined}
          validationBehavior="aria" shouldForceLeadingZeros>
          <Label className="date-field-label">{label}</Label>
          <div className="date-field-line">
            <Group className="date-field-group" dir={direction}>
              <DateInput className="date-field-input">
                {(segment) => <DateSegment segment={segment} className="date-field-segment" />}
              </DateInput>
              {!readOnly && (
                <Button className="date-field-button" aria-label={t('date.choose', { label: label.toLocaleLowerCase(locale) })}>
                  <CalendarDays aria-hidden="true" size={16} />
                </Button>
              )}
            </Group>
            {props.trailing}
          </div>
          {props.description && <Text slot="description" className="date-field-hint">{props.description}</Text>}
          {/* Only this field's own messages: RAC's would follow the date's locale, not the interface's. */}
          {shown && <FieldError className="field-error" elementType="p" data-testid="date-field-error">{shown}</FieldError>}
          <Popover className="date-field-popover" UNSTABLE_portalContainer={portal ?? undefined} placement="bottom start">
            <Dialog className="date-field-dialog" aria-label={label} dir={direction}>
              <Calendar className="date-field-calendar">
                <header>
                  <Button slot="previous" className="date-field-nav" aria-label={t('date.previousMonth')}>
                    <ChevronLeft aria-hidden="true" size={16} className="date-field-chevron" />
                  </Button>
                  <Heading className="date-field-heading" />
                  <Button slot="next" className="date-field-nav" aria-label={t('date.nextMonth')}>
                    <ChevronRight aria-hidden="true" size={16} className="date-field-chevron" />
                  </Button>
                </header>
                <CalendarGrid className="date-field-grid">
                  {(date) => <CalendarCell date={date} className="date-field-cell" />}
                </CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </div>
    </I18nProvider>
  );
}
