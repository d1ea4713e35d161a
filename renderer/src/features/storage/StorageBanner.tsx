import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { ExportButton } from './ExportButton';

/** Says plainly when what is on screen is not everything that was stored, and how to keep it all. */
export function StorageBanner() {
  const report = useTandemStore((state) => state.loadReport);
  const quarantineCount = useTandemStore((state) => state.quarantineCount);
  const mode = useTandemStore((state) => state.storageMode);
  const t = useT();
  const fresh = report?.quarantined ?? [];
  if (mode === 'memory') {
    return (
      <section className="banner warning" role="alert">
        <p>{t('data.storage.memory')}</p>
        <ExportButton label={t('data.storage.exportWorkspace')} />
      </section>
    );
  }
  if (quarantineCount === 0 && !report?.waitingForMissing) return null;
  return (
    <section className="banner warning" role="alert" data-testid="storage-banner">
      <p>
        {fresh.length > 0
          ? t('data.storage.damagedNow', { count: fresh.length })
          : t('data.storage.damagedBefore', { count: quarantineCount })}
        {report?.waitingForMissing && <> {t('data.storage.waiting')}</>}
      </p>
      {fresh.length > 0 && (
        <ul>{fresh.map((q) => <li key={q.id}>{t('data.storage.record', { id: q.id, reason: q.reason })}</li>)}</ul>
      )}
      <ExportButton label={t('data.storage.exportDamaged')} />
    </section>
  );
}
