/**
 * Deadlines as the compact states them: relative to an anchor event ("within 30 days of Compact
 * signing", "within 90 days of program launch", "Months 6–18") or, rarely, a calendar date ("by
 * December 2027"). A relative deadline becomes a date only when its event has one; until then it
 * is shown as the document words it. Nothing is ever guessed.
 */
export const OFFSET_UNITS = ['days', 'months', 'years'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

export interface Offset {
  readonly amount: number;
  readonly unit: OffsetUnit;
}

interface DeadlineBase {
  /** The deadline's words exactly as they stand in the enclosing record's quote. */
  readonly phrase: string;
}

interface RelativeBase extends DeadlineBase {
  /** An anchor event id (seeds/compact/events.json). */
  readonly event: string;
  /**
   * False when the document leaves the event unsaid ("in year one", "within 24 months") and the
   * context supplies it; the app says so next to the date.
   */
  readonly eventStated: boolean;
  /**
   * Present where the text admits more than one anchor or reading ("within 18 months of MOU
   * signing" when the compact itself is an MOU; "Months 1–6"): says which reading the seed took,
   * so the app shows the choice as an interpretation, never as the document's own words.
   */
  readonly anchorNote?: string;
}

export interface WithinDeadline extends RelativeBase {
  readonly kind: 'within';
  readonly offset: Offset;
}

/** "Months 6–18": a span of time after the event. */
export interface WindowDeadline extends RelativeBase {
  readonly kind: 'window';
  readonly from: Offset;
  readonly to: Offset;
}

/** "by December 2027": a month (YYYY-MM) or a day (YYYY-MM-DD). */
export interface CalendarDeadline extends DeadlineBase {
  readonly kind: 'calendar';
  readonly date: string;
}

export type Deadline = WithinDeadline | WindowDeadline | CalendarDeadline;
