import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { OwnerDirectory } from './OwnerDirectory';
import { OwnerMatrixSection } from './OwnerMatrixSection';
import './owners.css';

type Tab = 'matrix' | 'directory';
const TABS: readonly Tab[] = ['matrix', 'directory'];

/**
 * Owner assignments: who leads and supports each initiative and action, and the directory they
 * come from, as two tabs (WAI-ARIA tabs, arrows between them). The matrix has the whole view's
 * height to itself, one scroll area with its headers in view, rather than a box in a scrolling page.
 */
export function OwnersScreen() {
  const [tab, setTab] = useState<Tab>('matrix');
  const id = useId();
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'matrix' ? 'directory' : 'matrix';
    setTab(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  };
  return (
    <div className={`owners-screen on-${tab}`}>
      <div role="tablist" aria-label={t('data.owners.tabs')} className="owners-tabs" onKeyDown={onKeyDown}>
        {TABS.map((entry) => (
          <button key={entry} type="button" role="tab" id={`${id}-${entry}-tab`} aria-controls={`${id}-${entry}`}
            aria-selected={tab === entry} tabIndex={tab === entry ? 0 : -1} className="owners-tab" onClick={() => setTab(entry)}>
            {t('data.owners.tab', { tab: entry })}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}`} aria-labelledby={`${id}-${tab}-tab`} className={`owners-panel panel-${tab}`}>
        {tab === 'matrix' ? <OwnerMatrixSection /> : <OwnerDirectory />}
      </div>
    </div>
  );
}
