import { useEffect, useRef, useState } from 'react';
import { useRuntime } from '../../ui/runtime-context';
import { describeCounts } from '../../../../shared/bundle/describe';
import { describeIdentity } from '../../../../shared/identity/identity';
import type { OpenedFile } from '../../../../shared/host/host-api';
import { chooseSyncFile, mergeSyncFile, previewImport, readChosenFile } from './bundle-import';
import { byteCount, errorText } from './format-text';
import type { ImportStage, ReadEnvelope } from './import-stage';
import { ImportPreview } from './ImportPreview';
import { PassphrasePrompt } from './PassphrasePrompt';

/**
 * Import: choose a file → its envelope is checked → passphrase if encrypted → a preview of what it
 * would change, worked out on a scratch copy → Merge or Cancel. Nothing changes before Merge, and a
 * refusal at any point says why in one line. Observers see the section but cannot import.
 */
export function ImportPanel({ onImported }: { readonly onImported: () => void }) {
  const runtime = useRuntime();
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle', message: null });
  const outcome = useRef<HTMLDivElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const shown = useRef(stage.kind);
  // Each new stage takes the focus to its heading or message, so a keyboard user is where the news is.
  useEffect(() => {
    if (shown.current === stage.kind) return;
    shown.current = stage.kind;
    if (stage.kind === 'idle') chooser.current?.focus();
    else if (stage.kind === 'done' || stage.kind === 'failed') outcome.current?.focus();
  }, [stage.kind]);

  const choose = () => {
    // Synchronously inside the click or key press: browsers open a file chooser only then.
    const chosen = chooseSyncFile(runtime);
    void openChosen(chosen);
  };

  const openChosen = async (chosen: Promise<OpenedFile | null>) => {
    let file: OpenedFile | null;
    try {
      file = await chosen;
    } catch (error) {
      return setStage({ kind: 'failed', name: 'the file', reason: `The file could not be read (${errorText(error)}).` });
    }
    if (!file) return setStage({ kind: 'idle', message: null });
    const size = file.kind === 'read' ? file.bytes.byteLength : file.size;
    setStage({ kind: 'busy', text: `Checking ${file.name} (${byteCount(size)})…` });
    const read = await readChosenFile(file);
    if (!read.ok) return setStage({ kind: 'failed', name: file.name, reason: read.reason });
    if (read.envelope.encryption) return setStage({ kind: 'passphrase', name: file.name, read, error: null });
    return preview(file.name, read, undefined);
  };

  const preview = async (name: string, read: ReadEnvelope, passphrase: string | undefined) => {
    setStage({ kind: 'busy', text: passphrase ? `Decrypting ${name}…` : `Working out what ${name} would change…` });
    try {
      const prepared = await previewImport(runtime, read, passphrase, name);
      if (prepared.ok) return setStage({ kind: 'preview', name, prepared });
      if (prepared.problem === 'wrong-passphrase') return setStage({ kind: 'passphrase', name, read, error: prepared.reason });
      return setStage({ kind: 'failed', name, reason: prepared.reason });
    } catch (error) {
      return setStage({ kind: 'failed', name, reason: errorText(error) });
    }
  };

  const merge = async (name: string, stageBefore: Extract<ImportStage, { kind: 'preview' }>) => {
    setStage({ kind: 'busy', text: `Merging ${name}…` });
    try {
      const { outcome: merged, peerWarning } = await mergeSyncFile(runtime, stageBefore.prepared, name);
      if (!merged.ok) return setStage({ kind: 'failed', name, reason: merged.reason });
      onImported();
      const { summary, envelope } = stageBefore.prepared;
      const text = merged.nothingNew
        ? `Nothing new: this workspace already had everything in ${name}.`
        : `Merged ${name} from ${describeIdentity(envelope.sender)}: ${describeCounts(summary) ?? 'no visible change'}.`;
      return setStage({ kind: 'done', text, warning: peerWarning });
    } catch (error) {
      return setStage({ kind: 'failed', name, reason: errorText(error) });
    }
  };

  const cancel = () => setStage({ kind: 'idle', message: 'Import cancelled: nothing changed.' });

  return (
    <section aria-labelledby="import-title" className="sync-panel">
      <h3 id="import-title">Import a sync file</h3>
      {(stage.kind === 'idle' || stage.kind === 'done' || stage.kind === 'failed') && (
        <div className="buttons">
          <button ref={chooser} type="button" onClick={choose}>
            {stage.kind === 'idle' ? 'Choose a sync file…' : 'Choose another sync file…'}
          </button>
        </div>
      )}
      {stage.kind === 'idle' && <p role="status" className="done">{stage.message ?? ''}</p>}
      {stage.kind === 'busy' && <p role="status" className="progress">{stage.text}</p>}
      {stage.kind === 'passphrase' && (
        <PassphrasePrompt name={stage.name} error={stage.error} onSubmit={(passphrase) => void preview(stage.name, stage.read, passphrase)} onCancel={cancel} />
      )}
      {stage.kind === 'preview' && (
        <ImportPreview name={stage.name} prepared={stage.prepared} onMerge={() => void merge(stage.name, stage)} onCancel={cancel} />
      )}
      {stage.kind === 'done' && (
        <div ref={outcome} tabIndex={-1} className="outcome">
          <p role="status" className="done" data-testid="import-result">{stage.text}</p>
          {stage.warning && <p role="alert" className="error">{stage.warning}</p>}
        </div>
      )}
      {stage.kind === 'failed' && (
        <div ref={outcome} tabIndex={-1} className="outcome">
          <p role="alert" className="error" data-testid="import-error">{stage.name} was not imported: {stage.reason} Nothing changed.</p>
        </div>
      )}
    </section>
  );
}
