import type { SignOffEntry } from '../../../../shared/workspace/agreement/sign-offs';
import { versionMark } from '../../../../shared/workspace/agreement/sign-offs';
import { UserText } from '../../ui/UserText';
import { useAgreementWords } from './use-agreement-words';

/**
 * Every sign-off of the item, newest first, collapsed: nothing is ever overwritten, so an
 * agreement that a later edit broke stays here with the version it covered.
 */
export function AgreementHistory({ history }: { readonly history: readonly SignOffEntry[] }) {
  const words = useAgreementWords();
  const { t } = words;
  if (history.length === 0) return null;
  return (
    <details className="agreement-history" data-testid="agreement-history">
      <summary>{t('agreement.history.summary', { count: history.length })}</summary>
      <ol>
        {[...history].reverse().map((entry) => (
          <li key={entry.key} data-testid="agreement-history-entry" data-side={entry.side} data-state={entry.state}>
            <span className={`agreement-dot side-${entry.side}`} aria-hidden="true" />
            <span className="agreement-history-what">{t('agreement.history.entry', { side: words.side(entry.side), state: words.state(entry.state) })}</span>
            <span className="agreement-history-who"><UserText text={entry.signer.name} /> · <time dateTime={entry.at}>{words.when(entry.at)}</time></span>
            <span className="agreement-version" title={t('agreement.versionTitle', { fingerprint: entry.fingerprint })}><bdi dir="ltr">{versionMark(entry.fingerprint)}</bdi></span>
            {entry.reason && <span className="agreement-history-reason"><UserText text={entry.reason} /></span>}
          </li>
        ))}
      </ol>
    </details>
  );
}
