/**
 * The plan as a record: what every export format (print layout, DOCX, CSV, Markdown) writes,
 * worked out once here so the formats cannot disagree. Two scopes:
 *   plan        every live action, lane by lane (not yet sequenced, then the three tiers);
 *   ninety-day  the 90-day sequencing plan: live actions due inside the 90 days after signing
 *               (shared/plan/schedule.ts), by tier, and those dated before signing (work due by
 *               day 90 all the same), whose due cell says the date falls before signing.
 * Rows keep the board's order (fractional keys, id breaking ties), so a record reads like the board.
 * `generatedAt` and `today` are passed in, never read from a clock: the same workspace and inputs
 * give the same record.
 */
import { TIER_LABELS } from '../compact/tiers';
import { isolate } from '../text/bidi';
import { describeRule, type EventDates } from '../compact/deadlines';
import type { Tier } from '../compact/types';
import { deriveBoard } from '../plan/board-view';
import { scheduleOf, SIGNING_EVENT, windowEnd, type Schedule } from '../plan/schedule';
import { ACTION_STATUS_LABELS } from '../workspace/action-status';
import type { ActionView } from '../workspace/action-view';
import { institutionLabel } from '../workspace/institution-name';
import type { InstitutionDirectory } from '../workspace/institution-view';
import type { PersonView } from '../workspace/owner-view';

export type RecordScope = 'plan' | 'ninety-day';

export const SCOPE_TITLES: Readonly<Record<RecordScope, string>> = {
  plan: 'Action plan',
  'ninety-day': '90-day sequencing plan',
};

export const COMPACT_TITLE = 'U.S.–Israel Strategic Technology Compact';
export const UNSEQUENCED_LABEL = 'Not yet sequenced';

/** The columns of every tier's table, in order; CSV adds the tier itself as its first column. */
export const RECORD_COLUMNS = [
  { key: 'position', label: '#' },
  { key: 'title', label: 'Action' },
  { key: 'initiative', label: 'Initiative' },
  { key: 'usLead', label: 'U.S. lead' },
  { key: 'israelLead', label: 'Israel lead' },
  { key: 'supporting', label: 'Supporting' },
  { key: 'status', label: 'Status' },
  { key: 'due', label: 'Due' },
  /** The compact's disagreements a draft takes a side in: the record says the value is disputed. */
  { key: 'disputed', label: 'Disputed' },
] as const;

export type RecordColumn = (typeof RECORD_COLUMNS)[number]['key'];

export type RecordRow = { readonly id: string } & { readonly [K in RecordColumn]: string };

export interface RecordSection {
  readonly tier: Tier | null;
  readonly label: string;
  readonly rows: readonly RecordRow[];
}

export interface PlanRecord {
  readonly scope: RecordScope;
  /** "U.S.–Israel Strategic Technology Compact — Action plan". */
  readonly title: string;
  /** ISO instant. */
  readonly generatedAt: string;
  /** Who made the record on this laptop, e.g. "Dana Levi (Israel, note-taker)"; null if unknown. */
  readonly preparedBy: string | null;
  readonly signingDate: string | null;
  readonly windowEnd: string | null;
  /** Plan scope: every lane, the unsequenced one only when it has actions. 90-day: the three tiers. */
  readonly sections: readonly RecordSection[];
  readonly actionCount: number;
}

export interface RecordInput {
  readonly scope: RecordScope;
  readonly actions: readonly ActionView[];
  readonly institutions: InstitutionDirectory;
  readonly people: ReadonlyMap<string, PersonView>;
  readonly eventDates: EventDates;
  /** An anchor event's name ("Compact signing"), for deadlines still relative to it. */
  readonly eventName: (id: string) => string;
  readonly generatedAt: Date;
  /** The ISO day overdue is measured against (the user's own calendar). */
  readonly today: string;
  readonly preparedBy?: string | null;
  /** A discrepancy's subject by id, for the Disputed column (the id itself when unknown). */
  readonly discrepancySubject?: (id: string) => string | undefined;
}

export function buildPlanRecord(input: RecordInput): PlanRecord {
  const { scope, eventDates, today } = input;
  const lanes = deriveBoard(input.actions).lanes;
  let position = 0;
  const sections: RecordSection[] = [];
  for (const lane of lanes) {
    const chosen = lane.actions
      .map((action) => ({ action, schedule: scheduleOf(action, eventDates, today) }))
      .filter(({ schedule }) => scope === 'plan' || schedule.window === 'inside' || schedule.window === 'before-start');
    // The unsequenced lane is shown only when something is in it; every tier is always listed,
    // so an empty tier reads as "nothing here" rather than as a missing part of the record.
    if (lane.tier === null && chosen.length === 0) continue;
    sections.push({
      tier: lane.tier,
      label: lane.tier ? TIER_LABELS[lane.tier] : UNSEQUENCED_LABEL,
      rows: chosen.map(({ action, schedule }) => recordRow(action, schedule, ++position, input)),
    });
  }
  return {
    scope,
    title: `${COMPACT_TITLE} — ${SCOPE_TITLES[scope]}`,
    generatedAt: input.generatedAt.toISOString(),
    preparedBy: input.preparedBy ?? null,
    signingDate: eventDates.get(SIGNING_EVENT) ?? null,
    windowEnd: windowEnd(eventDates),
    sections,
    actionCount: position,
  };
}

function recordRow(action: ActionView, schedule: Schedule, position: number, input: RecordInput): RecordRow {
  const lead = (institution: string | null, person: string | null): string => {
    if (!institution) return 'None named';
    const label = institutionLabel(input.institutions, institution);
    const name = person ? input.people.get(person)?.name ?? 'a person not in the directory' : null;
    // A cell that is one user's string is its own paragraph and takes its direction from it; where
    // two sit in one cell, each is isolated (FSI … PDI) so a Hebrew name beside an English one
    // cannot swap their order (shared/text/bidi.ts).
    return name ? `${isolate(label)} (${isolate(name)})` : label;
  };
  const supporting = action.supporting.map((id) => institutionLabel(input.institutions, id));
  return {
    id: action.id,
    position: String(position),
    title: action.title.trim() === '' ? 'Untitled action' : action.title,
    initiative: action.initiative ?? '',
    usLead: lead(action.usLead, action.usLeadPerson),
    israelLead: lead(action.israelLead, action.israelLeadPerson),
    supporting: supporting.length > 1 ? supporting.map(isolate).join('; ') : supporting.join(''),
    status: action.status ? ACTION_STATUS_LABELS[action.status] : `Invalid: ${isolate(action.rawStatus)}`,
    due: dueText(action, schedule, input.eventName),
    disputed: action.disputedBy.map((id) => `Disputed: ${input.discrepancySubject?.(id) ?? id}`).join('; '),
  };
}

/**
 * A date when the anchor event has one ("2026-11-30, overdue"; "1999-01-01, due before Compact
 * signing"), otherwise the rule in words. Dates stay ISO here: a record is read on both sides and
 * parsed by spreadsheets, and YYYY-MM-DD is the one form neither side misreads.
 */
export function dueText(action: ActionView, schedule: Schedule, eventName: (id: string) => string): string {
  if (!action.due || !schedule.resolved) return 'No deadline';
  const resolved = schedule.resolved;
  const overdue = schedule.window === 'before-start' ? `, due before ${eventName(schedule.beforeEvent ?? SIGNING_EVENT)}`
    : schedule.overdue ? ', overdue' : '';
  switch (resolved.state) {
    case 'dated':
      return `${resolved.date}${overdue}`;
    case 'dated-window':
      return `${resolved.from} to ${resolved.to}${overdue}`;
    case 'relative':
      return `${describeRule(action.due, eventName)} (not yet dated)`;
  }
}

/** "2026-05-01 14:03 UTC": generated times are written in UTC so every laptop writes the same. */
export function formatGeneratedAt(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The lines under a record's title: generated, signing, window end, prepared by. */
export function recordDateLines(record: PlanRecord): readonly string[] {
  return [
    `Generated ${formatGeneratedAt(record.generatedAt)}`,
    `Compact signing: ${record.signingDate ?? 'not yet dated'}`,
    `90-day window ends: ${record.windowEnd ?? 'not known until the signing date is set'}`,
    ...(record.preparedBy ? [`Prepared by ${isolate(record.preparedBy)}`] : []),
  ];
}

/** What a reader of an empty tier table is told. */
export const EMPTY_SECTION_TEXT = 'No actions in this tier.';

/** A file name for the record: "tandem-action-plan-2026-05-01.docx". */
export function recordFileName(scope: RecordScope, generatedAt: string, extension: string): string {
  const stem = scope === 'plan' ? 'tandem-action-plan' : 'tandem-90-day-plan';
  return `${stem}-${generatedAt.slice(0, 10)}.${extension}`;
}
