import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Identity } from '../../../../shared/identity/identity';
import type { ActionLine, BundleSummary, EventDateLine, OpenedConflict } from '../../../../shared/bundle/summary';
import { formatValue, type Names } from '../../../../shared/review/field-format';
import { useNames } from '../review/use-names';
import { useFormatDay } from '../../ui/locale';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { dominantDirection } from '../../../../shared/text/bidi';
import { useEventLabel } from '../compact/use-deadline-words';
import { IdentityText } from '../sync/IdentityText';

/** At most this many lines per list: a first import of a whole workspace can add thousands. */
const SHOWN = 50;

/**
 * Each list item keeps the interface's direction (its bullet and the sentence around a title stay
 * put, on the right in Hebrew); every user string in it (titles, names, values) is isolated in its
 * own element (UserText), and the sentence around it comes from the messages, so a Hebrew title
 * in an English line (or an English one in a Hebrew line) reads in logical order.
 *
 * The lists of what an import adds, changes and deletes: each change with its own writer and its
 * values before and after, the key dates with their dates, and the conflicts the merge would open
 * (a value of the file's that loses to this laptop's changes no field, so it shows only here).
 */
export function SummaryView({ summary }: { readonly summary: BundleSummary }) {
  const local = useNames();
  const t = useT();
  const eventName = useEventLabel();
  // An institution the file adds is not in this laptop's directory yet: name it from the file.
  const names = useMemo((): Names => {
    const added = new Map(summary.institutionsAdded.map((line) => [line.id, line.label]));
    return { ...local, institution: (id) => added.get(id) ?? local.institution(id) };
  }, [local, summary.institutionsAdded]);
  const writers: ReactNode[] = summary.authors.map((who, index) => <IdentityText key={index} who={who} />);
  if (summary.unattributedWriters > 0) writers.push(t('data.summary.unattributed', { count: summary.unattributedWriters }));
  return (
    <div className="import-summary" data-testid="import-summary">
      <List kind="actionsAdded" items={summary.actionsAdded.map((line) => <ActionText key={line.id} line={line} />)} />
      <List kind="actionsChanged" items={summary.actionsChanged.map((line) => <ChangedAction key={line.id} line={line} names={names} />)} />
      <List kind="actionsDeleted" items={summary.actionsDeleted.map((line) => <ActionText key={line.id} line={line} />)} />
      <List kind="conflicts" items={summary.conflictsOpened.map((conflict) => <ConflictText key={conflict.entry.record.id + conflict.entry.field} conflict={conflict} names={names} />)} />
      <List kind="institutions" items={summary.institutionsAdded.map((line) => <bdi key={line.id} dir={dominantDirection(line.label) ?? 'auto'} title={line.name === line.label ? undefined : line.name}>{line.label}</bdi>)} />
      <List kind="people" items={summary.peopleAdded.map((line) => <UserText key={line.id} text={line.name} />)} />
      <List kind="dates" items={summary.eventDateChanges.map((line) => <DateText key={line.id} line={line} name={eventName(line.id)} />)} />
      <List kind="initiatives" items={summary.initiativesChanged.map((code) => <span key={code}>{code}</span>)} />
      <List kind="writers" items={writers} />
    </div>
  );
}

/** The writer, isolated; "a writer with no recorded name" in the reader's language. */
function By({ who }: { readonly who: Identity | null }) {
  const t = useT();
  return who ? <IdentityText who={who} /> : <>{t('data.summary.noName')}</>;
}

/** A title in quotation marks: the marks are the sentence's, the title isolated between them. */
const quoted = (title: string) => () => <>“<UserText text={title} />”</>;

/** The list's heading says added or deleted; the line says what and by whom. */
function ActionText({ line }: { readonly line: ActionLine }) {
  const intl = useIntl();
  return <>{intl.formatMessage({ id: 'data.summary.action' }, { title: quoted(line.title), by: () => <By who={line.by} /> })}</>;
}

function ChangedAction({ line, names }: { readonly line: ActionLine; readonly names: Names }) {
  const intl = useIntl();
  const t = useT();
  return (
    <>
      {quoted(line.title)()}
      <ul className="field-changes">
        {line.changes.map((change) => (
          <li key={change.field}>
            {intl.formatMessage({ id: 'data.summary.change' }, {
              field: t('data.field', { field: change.field }),
              before: () => <UserText text={formatValue(change.field, change.before, names)} />,
              after: () => <UserText text={formatValue(change.field, change.after, names)} />,
              by: () => <By who={change.by} />,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function ConflictText({ conflict, names }: { readonly conflict: OpenedConflict; readonly names: Names }) {
  const intl = useIntl();
  const t = useT();
  const { entry } = conflict;
  return (
    <>
      {intl.formatMessage({ id: 'data.summary.conflict' }, {
        title: quoted(conflict.title),
        field: t('data.field', { field: entry.field }),
        kept: () => <UserText text={formatValue(entry.field, entry.current.value, names)} />,
        keptBy: () => <By who={conflict.current} />,
        other: () => <UserText text={formatValue(entry.field, entry.other.value, names)} />,
        otherBy: () => <By who={conflict.other} />,
      })}
    </>
  );
}

function DateText({ line, name }: { readonly line: EventDateLine; readonly name: string }) {
  const day = useFormatDay();
  const t = useT();
  const intl = useIntl();
  const when = (iso: string | null) => () => (iso ? <time dateTime={iso}>{day(iso)}</time> : <>{t('data.summary.notSet')}</>);
  return <>{intl.formatMessage({ id: 'data.summary.date' }, { event: name, before: when(line.before), after: when(line.after) })}</>;
}

function List({ kind, items }: { readonly kind: string; readonly items: readonly ReactNode[] }) {
  const t = useT();
  const intl = useIntl();
  if (items.length === 0) return null;
  const title = t('data.summary.list', { kind });
  return (
    <section aria-label={title}>
      <h5>{title} ({intl.formatNumber(items.length)})</h5>
      <ul>
        {items.slice(0, SHOWN).map((item, index) => <li key={index}>{item}</li>)}
        {items.length > SHOWN && <li className="note">{t('data.summary.more', { count: items.length - SHOWN })}</li>}
      </ul>
    </section>
  );
}
