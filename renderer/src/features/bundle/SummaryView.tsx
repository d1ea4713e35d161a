import { useMemo, type ReactNode } from 'react';
import { describeIdentity, type Identity } from '../../../../shared/identity/identity';
import type { ActionLine, BundleSummary, EventDateLine, OpenedConflict } from '../../../../shared/bundle/summary';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import { FIELD_LABELS } from '../../../../shared/review/fields';
import { useCompact } from '../../state/use-compact';
import { useNames } from '../review/use-names';
import { useFormatDay } from '../../ui/locale';
import { UserText } from '../../ui/UserText';
import { dominantDirection } from '../../../../shared/text/bidi';

/** At most this many lines per list: a first import of a whole workspace can add thousands. */
const SHOWN = 50;

/**
 * Each list item keeps the interface's direction (its bullet and the sentence around a title stay
 * put); every user string in it (titles, names, values) is isolated in its own (UserText).
 *
 * The lists of what an import adds, changes and deletes: each change with its own writer and its
 * values before and after, the key dates with their dates, and the conflicts the merge would open
 * (a value of the file's that loses to this laptop's changes no field, so it shows only here).
 */
export function SummaryView({ summary }: { readonly summary: BundleSummary }) {
  const compact = useCompact();
  const local = useNames();
  // An institution the file adds is not in this laptop's directory yet: name it from the file.
  const names = useMemo((): Names => {
    const added = new Map(summary.institutionsAdded.map((line) => [line.id, line.label]));
    return { ...local, institution: (id) => added.get(id) ?? local.institution(id) };
  }, [local, summary.institutionsAdded]);
  const eventName = (id: string) => compact.events.find((event) => event.id === id)?.name ?? id;
  const writers = summary.authors.map(describeIdentity);
  if (summary.unattributedWriters > 0) writers.push(`${summary.unattributedWriters} writer(s) with no recorded name`);
  return (
    <div className="import-summary" data-testid="import-summary">
      <List title="Actions added" items={summary.actionsAdded.map((line) => <ActionText key={line.id} line={line} />)} />
      <List title="Actions changed" items={summary.actionsChanged.map((line) => <ChangedAction key={line.id} line={line} names={names} />)} />
      <List title="Actions deleted" items={summary.actionsDeleted.map((line) => <ActionText key={line.id} line={line} />)} />
      <List title="Conflicts this merge opens" items={summary.conflictsOpened.map((conflict) => <ConflictText key={conflict.entry.record.id + conflict.entry.field} conflict={conflict} names={names} />)} />
      <List title="Institutions added" items={summary.institutionsAdded.map((line) => <bdi key={line.id} dir={dominantDirection(line.label) ?? undefined} title={line.name === line.label ? undefined : line.name}>{line.label}</bdi>)} />
      <List title="People added" items={summary.peopleAdded.map((line) => <UserText key={line.id} text={line.name} />)} />
      <List title="Key dates set or changed" items={summary.eventDateChanges.map((line) => <DateText key={line.id} line={line} name={eventName(line.id)} />)} />
      <List title="Initiative owners changed" items={summary.initiativesChanged.map((code) => <span key={code}>{code}</span>)} />
      <List title="Written by" items={writers.map((writer) => <UserText key={writer} text={writer} />)} />
    </div>
  );
}

function by(who: Identity | null): string {
  return who ? describeIdentity(who) : 'a writer with no recorded name';
}

/** The list's heading says added or deleted; the line says what and by whom. */
function ActionText({ line }: { readonly line: ActionLine }) {
  return <>“<UserText text={line.title} />”, by <UserText text={by(line.by)} /></>;
}

function ChangedAction({ line, names }: { readonly line: ActionLine; readonly names: Names }) {
  return (
    <>
      “<UserText text={line.title} />”
      <ul className="field-changes">
        {line.changes.map((change) => (
          <li key={change.field}>
            {FIELD_LABELS[change.field]}: <UserText text={formatValue(change.field, change.before, names)} /> → <UserText text={formatValue(change.field, change.after, names)} />, by <UserText text={by(change.by)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ConflictText({ conflict, names }: { readonly conflict: OpenedConflict; readonly names: Names }) {
  const { entry } = conflict;
  return (
    <>
      “<UserText text={conflict.title} />” · {FIELD_LABELS[entry.field]}: <UserText text={formatValue(entry.field, entry.current.value, names)} /> (<UserText text={by(conflict.current)} />) is kept
      and <UserText text={formatValue(entry.field, entry.other.value, names)} /> (<UserText text={by(conflict.other)} />) set aside, for a decision in Conflicts
    </>
  );
}

function DateText({ line, name }: { readonly line: EventDateLine; readonly name: string }) {
  const day = useFormatDay();
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{day(iso)}</time> : 'not set');
  return <>{name}: {when(line.before)} → {when(line.after)}</>;
}

function List({ title, items }: { readonly title: string; readonly items: readonly ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h5>{title} ({items.length})</h5>
      <ul>
        {items.slice(0, SHOWN).map((item, index) => <li key={index}>{item}</li>)}
        {items.length > SHOWN && <li className="note">and {items.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
