import { useState } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './bundle.css';

/**
 * Sync files: changes carried on a file between laptops that share no network. Export writes what
 * a peer lacks (or everything); import checks a file completely, shows what it would change and who
 * made it, and merges only when asked.
 */
export function SyncFilesScreen() {
  // Bumped after an import: the sender becomes (or updates) a known peer for the next export.
  const [peersVersion, setPeersVersion] = useState(0);
  const t = useT();
  return (
    <section aria-labelledby="sync-files-title" className="sync-files">
      <h2 id="sync-files-title">{t('data.files.title')}</h2>
      <p className="intro">{t('data.files.intro')}</p>
      <ExportPanel peersVersion={peersVersion} />
      <ImportPanel onImported={() => setPeersVersion((version) => version + 1)} />
    </section>
  );
}
