import { useState } from 'react';
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
  return (
    <section aria-labelledby="sync-files-title" className="sync-files">
      <h2 id="sync-files-title">Sync files</h2>
      <p className="intro">
        For laptops that never share a network: export a file here, carry it across, and import it on the other
        laptop. A file is checked in full before anything changes, and can be encrypted with a passphrase.
      </p>
      <ExportPanel peersVersion={peersVersion} />
      <ImportPanel onImported={() => setPeersVersion((version) => version + 1)} />
    </section>
  );
}
