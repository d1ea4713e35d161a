import { useTandemStore } from '../../state/store';
import { ExportButton } from './ExportButton';

/** Says plainly when what is on screen is not everything that was stored, and how to keep it all. */
export function StorageBanner() {
  const report = useTandemStore((state) => state.loadReport);
  const quarantineCount = useTandemStore((state) => state.quarantineCount);
  const mode = useTandemStore((state) => state.storageMode);
  const fresh = report?.quarantined ?? [];
  if (mode === 'memory') {
    return (
      <section className="banner warning" role="alert">
        <p>Local storage could not be opened, so changes are kept in memory only and are lost when this window closes. Export before closing.</p>
        <ExportButton label="Export workspace" />
      </section>
    );
  }
  if (quarantineCount === 0 && !report?.waitingForMissing) return null;
  return (
    <section className="banner warning" role="alert" data-testid="storage-banner">
      <p>
        {fresh.length > 0
          ? `${fresh.length} stored ${fresh.length === 1 ? 'change was' : 'changes were'} damaged and set aside; everything else loaded.`
          : `${quarantineCount} damaged stored ${quarantineCount === 1 ? 'change is' : 'changes are'} set aside.`}
        {report?.waitingForMissing && ' Some later edits build on the damaged content and will appear when a colleague’s copy supplies it.'}
      </p>
      {fresh.length > 0 && (
        <ul>{fresh.map((q) => <li key={q.id}>Record {q.id}: {q.reason}</li>)}</ul>
      )}
      <ExportButton label="Export workspace and damaged records" />
    </section>
  );
}
