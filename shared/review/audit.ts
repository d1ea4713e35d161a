/**
 * The audit trail: who changed what and when, on this laptop's record of the workspace. Every
 * transaction that changes an action's fields (typed here, merged from a peer, imported from a
 * file) yields one entry per changed field, with the value before and after in words, derived by
 * comparing the action's view before and after the transaction.
 *
 * Typing would write an entry per keystroke; consecutive title or description entries by the same
 * person on the same action, from the same source, are coalesced while each follows the previous
 * within COALESCE_MS: one entry "before → after" per burst of typing.
 *
 * Entries are local to this laptop (IndexedDB), like the review marks: each laptop records what
 * reached it and how. `at` is when this laptop recorded the change.
 *
 * An action field's entry keeps the values themselves beside their English words (`values`), so
 * the trail reads in the reader's language and locale whenever it is shown; the words stay for the
 * CSV, and are what rows stored before values were kept still show.
 */
import { DELEGATION_LABELS, type Delegation, type Identity } from '../identity/identity';
import type { ActionView } from '../workspace/action-view';
import { FIELD_LABELS, TRACKED_FIELDS, sameValue, viewValue, type FieldValue, type TrackedField } from './fields';
import { formatValue, type Names } from './field-format';
import { MEETING_AUDIT_LABELS, type MeetingAuditField, type MeetingLine } from './meeting-audit-fields';

export type AuditSource = 'local' | 'peer' | 'file';
export type AuditField = TrackedField | 'created' | MeetingAuditField;
/** What a row is about. Rows stored before meetings were audited have no subject: they are actions. */
export type AuditSubject = 'action' | 'meeting';

export interface AuditWho {
  readonly name: string;
  readonly delegation: Delegation;
}

export interface AuditEntry {
  readonly at: number;
  readonly who: AuditWho | null;
  /** absent: 'action' (rows stored before meetings were audited). */
  readonly subject?: AuditSubject;
  /** The subject's id and title: an action's, or a meeting's (the names predate meeting rows and are stored). */
  readonly actionId: string;
  readonly actionTitle: string;
  readonly field: AuditField;
  /** The values in English words (the CSV's; what rows stored before `values` existed show). */
  readonly before: string;
  readonly after: string;
  /** An action field's values as stored (absent on created rows, meeting rows and older rows). */
  readonly values?: { readonly before: FieldValue; readonly after: FieldValue } | undefined;
  /** A meeting row's lines as they stood (null: none, the part was added or removed); absent on older rows. */
  readonly lines?: { readonly before: MeetingLine | null; readonly after: MeetingLine | null } | undefined;
  readonly source: AuditSource;
  /** The peer's or the file's name; empty for local edits. */
  readonly sourceLabel: string;
}

export interface AuditRow extends AuditEntry {
  readonly id: number;
}

export const COALESCE_MS = 10_000;
const TYPED: ReadonlySet<AuditField> = new Set(['title', 'description']);

export interface AuditContext {
  readonly at: number;
  readonly source: AuditSource;
  readonly sourceLabel: string;
  readonly names: Names;
  /** Who made the change to `field` (remote transactions may carry several people's edits). */
  whoFor(field: TrackedField): Identity | null;
}

const whoOf = (identity: Identity | null): AuditWho | null => (identity ? { name: identity.name, delegation: identity.delegation } : null);

/** Entries for one action's change: `before` undefined means the action is new. */
export function auditEntries(before: ActionView | undefined, after: ActionView, context: AuditContext): AuditEntry[] {
  const base = { at: context.at, actionId: after.id, actionTitle: after.title, source: context.source, sourceLabel: context.sourceLabel };
  if (!before) return [{ ...base, who: whoOf(context.whoFor('title')), field: 'created', before: '', after: after.title }];
  const entries: AuditEntry[] = [];
  for (const field of TRACKED_FIELDS) {
    const was = viewValue(before, field);
    const now = viewValue(after, field);
    if (sameValue(was, now)) continue;
    entries.push({
      ...base, who: whoOf(context.whoFor(field)), field,
      before: formatValue(field, was, context.names), after: formatValue(field, now, context.names),
      values: { before: was, after: now },
    });
  }
  return entries;
}

/** `next` folded into `last` when it continues the same person's typing, else null. */
export function coalesce(last: AuditEntry, next: AuditEntry, windowMs: number = COALESCE_MS): AuditEntry | null {
  if (!TYPED.has(next.field) || last.field !== next.field || last.actionId !== next.actionId || subjectOf(last) !== subjectOf(next)) return null;
  if (last.source !== next.source || last.sourceLabel !== next.sourceLabel || last.who?.name !== next.who?.name || last.who?.delegation !== next.who?.delegation) return null;
  if (next.at < last.at || next.at - last.at > windowMs || next.before !== last.after) return null;
  const values = last.values && next.values ? { before: last.values.before, after: next.values.after } : undefined;
  return { ...last, at: next.at, after: next.after, actionTitle: next.actionTitle, values };
}

/** A row's subject, reading rows stored before there were meeting rows as actions. */
export function subjectOf(entry: Pick<AuditEntry, 'subject'>): AuditSubject {
  return entry.subject === 'meeting' ? 'meeting' : 'action';
}

export interface AuditFilter {
  readonly subject?: AuditSubject;
  readonly person?: string;
  readonly delegation?: Delegation;
  readonly field?: AuditField;
  /** Matches the action's id or (case-insensitively) its title. */
  readonly action?: string;
  readonly source?: AuditSource;
  /** Inclusive bounds, ms since the epoch. */
  readonly from?: number;
  readonly to?: number;
}

export function matchesAudit(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.subject && subjectOf(entry) !== filter.subject) return false;
  if (filter.person && entry.who?.name !== filter.person) return false;
  if (filter.delegation && entry.who?.delegation !== filter.delegation) return false;
  if (filter.field && entry.field !== filter.field) return false;
  if (filter.source && entry.source !== filter.source) return false;
  if (filter.from !== undefined && entry.at < filter.from) return false;
  if (filter.to !== undefined && entry.at > filter.to) return false;
  if (filter.action) {
    const needle = filter.action.toLocaleLowerCase();
    if (entry.actionId !== filter.action && !entry.actionTitle.toLocaleLowerCase().includes(needle)) return false;
  }
  return true;
}

export const AUDIT_FIELD_LABELS: Readonly<Record<AuditField, string>> = { ...FIELD_LABELS, ...MEETING_AUDIT_LABELS, created: 'Created' };
export const SOURCE_LABELS: Readonly<Record<AuditSource, string>> = { local: 'This laptop', peer: 'LAN sync', file: 'Sync file' };

/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: titles come from peers, and an exported trail must not execute anything.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const header = ['When (UTC)', 'Who', 'Delegation', 'Action id', 'Action', 'Field', 'Before', 'After', 'Source', 'From', 'Subject'];
  const rows = entries.map((entry) => [
    new Date(entry.at).toISOString(), entry.who?.name ?? 'Unknown', entry.who ? DELEGATION_LABELS[entry.who.delegation] : '',
    entry.actionId, entry.actionTitle, AUDIT_FIELD_LABELS[entry.field], entry.before, entry.after,
    SOURCE_LABELS[entry.source], entry.sourceLabel, subjectOf(entry) === 'meeting' ? 'Meeting' : 'Action',
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
