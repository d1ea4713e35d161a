import { describeIdentity } from '../../../../shared/identity/identity';
import type { ActionLine, BundleSummary } from '../../../../shared/bundle/summary';
import { useCompact } from '../../state/use-compact';

/** At most this many lines per list: a first import of a whole workspace can add thousands. */
const SHOWN = 50;

/** The lists of what an import adds, changes and deletes, and who wrote it. */
export function SummaryView({ summary }: { readonly summary: BundleSummary }) {
  const compact = useCompact();
  const eventName = (id: string) => compact.events.find((event) => event.id === id)?.name ?? id;
  const writers = summary.authors.map(describeIdentity);
  if (summary.unattributedWriters > 0) writers.push(`${summary.unattributedWriters} writer(s) with no recorded name`);
  return (
    <div className="import-summary" data-testid="import-summary">
      <List title="Actions added" items={summary.actionsAdded.map(actionText)} />
      <List title="Actions changed" items={summary.actionsChanged.map((line) => `${actionText(line)}: ${line.fields.join(', ')}`)} />
      <List title="Actions deleted" items={summary.actionsDeleted.map(actionText)} />
      <List title="Institutions added" items={summary.institutionsAdded.map((line) => line.name)} />
      <List title="People added" items={summary.peopleAdded.map((line) => line.name)} />
      <List title="Key dates set or changed" items={summary.eventDatesChanged.map(eventName)} />
      <List title="Initiative owners changed" items={summary.initiativesChanged} />
      <List title="Written by" items={writers} />
    </div>
  );
}

function actionText(line: ActionLine): string {
  return `“${line.title}”${line.by ? `, by ${describeIdentity(line.by)}` : ''}`;
}

function List({ title, items }: { readonly title: string; readonly items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h5>{title} ({items.length})</h5>
      <ul>
        {items.slice(0, SHOWN).map((item, index) => <li key={index} dir="auto">{item}</li>)}
        {items.length > SHOWN && <li className="note">and {items.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
