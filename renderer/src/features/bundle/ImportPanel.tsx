import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useRuntime } from '../../ui/runtime-context';
import type { BundleSummary } from '../../../../shared/bundle/summary';
import { useLanguage, useT, type Translate } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { IdentityText } from '../sync/IdentityText';
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
  const t = useT();
  const intl = useIntl();
  const { locale } = useLanguage();
  /** A message that names the file (isolated: a file name is the user's). */
  const named = (id: Parameters<Translate>[0], name: string, values: Record<string, ReactNode | (() => ReactNode)> = {}): ReactNode =>
    intl.formatMessage({ id }, { ...values, name: () => <UserText text={name} /> });
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
      return setStage({ kind: 'failed', name: t('data.import.theFile'), reason: t('data.import.unreadable', { reason: errorText(error) }) });
    }
    if (!file) return setStage({ kind: 'idle', message: null });
    const size = file.kind === 'read' ? file.bytes.byteLength : file.size;
    setStage({ kind: 'busy', text: named('data.import.checking', file.name, { size: byteCount(size, t, locale) }) });
    const read = await readChosenFile(file);
    if (!read.ok) return setStage({ kind: 'failed', name: file.name, reason: read.reason });
    if (read.envelope.encryption) return setStage({ kind: 'passphrase', name: file.name, read, error: null });
    return preview(file.name, read, undefined);
  };

  const preview = async (name: string, read: ReadEnvelope, passphrase: string | undefined) => {
    setStage({ kind: 'busy', text: named(passphrase ? 'data.import.decrypting' : 'data.import.working', name) });
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
    setStage({ kind: 'busy', text: named('data.import.merging', name) });
    try {
      const { outcome: merged, peerWarning } = await mergeSyncFile(runtime, stageBefore.prepared, name);
      if (!merged.ok) return setStage({ kind: 'failed', name, reason: merged.reason });
      onImported();
      const { summary, envelope } = stageBefore.prepared;
      const text = merged.nothingNew
        ? named('data.import.nothingNewDone', name)
        : named('data.import.merged', name, { sender: () => <IdentityText who={envelope.sender} />, counts: countsText(summary, t, (items) => intl.formatList(items, { type: 'unit' })) ?? t('data.import.noVisible') });
      return setStage({ kind: 'done', text, warning: peerWarning });
    } catch (error) {
      return setStage({ kind: 'failed', name, reason: errorText(error) });
    }
  };

  const cancel = () => setStage({ kind: 'idle', message: t('data.import.cancelled') });

  return (
    <section aria-labelledby="import-title" className="sync-panel">
      <h3 id="import-title">{t('data.import.title')}</h3>
      {(stage.kind === 'idle' || stage.kind === 'done' || stage.kind === 'failed') && (
        <div className="buttons">
          <button ref={chooser} type="button" onClick={choose}>
            {stage.kind === 'idle' ? t('data.import.choose') : t('data.import.chooseAnother')}
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
          <p role="alert" className="error" data-testid="import-error">{named('data.import.failed', stage.name, { reason: stage.reason })}</p>
        </div>
      )}
    </section>
  );
}

const COUNTED = [
  ['actionsAdded', (s: BundleSummary) => s.actionsAdded.length],
  ['actionsChanged', (s: BundleSummary) => s.actionsChanged.length],
  ['actionsDeleted', (s: BundleSummary) => s.actionsDeleted.length],
  ['institutionsAdded', (s: BundleSummary) => s.institutionsAdded.length],
  ['peopleAdded', (s: BundleSummary) => s.peopleAdded.length],
  ['eventDates', (s: BundleSummary) => s.eventDatesChanged.length],
  ['initiatives', (s: BundleSummary) => s.initiativesChanged.length],
  ['conflicts', (s: BundleSummary) => s.conflictsOpened.length],
] as const;

/**
 * "1 action added, 2 actions changed", or null when no visible change is listed: the interface's
 * counterpart of shared describeCounts (English, for the inspector's printout).
 */
function countsText(summary: BundleSummary, t: Translate, list: (items: string[]) => string): string | null {
  const parts = COUNTED.map(([kind, count]) => ({ kind, count: count(summary) }))
    .filter((part) => part.count > 0).map((part) => t('data.import.count', part));
  return parts.length > 0 ? list(parts) : null;
}
