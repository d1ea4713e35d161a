import { ShieldCheck } from 'lucide-react';
import { useId } from 'react';
import { useTandemStore } from '../../state/store';
import { AgreementBadge } from './AgreementBadge';
import { AgreementHistory } from './AgreementHistory';
import { SideRow } from './SideRow';
import { SignControls } from './SignControls';
import { useAgreementWords } from './use-agreement-words';
import './agreement.css';

/**
 * The action's agreement by the two delegations (issue 15), in its detail panel: each side's
 * state, who signed and when, the version mark of what they signed, what changed since; the
 * buttons to sign for one's own delegation (never for an observer); the history, collapsed;
 * and one sentence on what a signature proves.
 */
export function AgreementSection({ actionId }: { readonly actionId: string }) {
  const agreement = useTandemStore((state) => state.agreements.get(actionId));
  const identity = useTandemStore((state) => state.identity);
  const words = useAgreementWords();
  const { t } = words;
  const headingId = useId();
  if (!agreement) return null;
  const { us, israel } = agreement.sides;
  // Both signed the same version: its difference from the content now is said once, on the first line.
  const sameSignedVersion = us.state === 'changed' && israel.state === 'changed' && us.latest?.fingerprint === israel.latest?.fingerprint;
  const signer = identity && identity.role !== 'observer' ? identity : null;
  return (
    <section className="detail-section agreement" aria-labelledby={headingId} data-testid="agreement-section">
      <div className="agreement-heading">
        <h3 id={headingId}>{t('agreement.heading')}</h3>
        <AgreementBadge actionId={actionId} />
      </div>
      <ul className="agreement-sides">
        <SideRow side={us} content={agreement.content} changedBy={agreement.changedBy} showDifference />
        <SideRow side={israel} content={agreement.content} changedBy={agreement.changedBy} showDifference={!sameSignedVersion} />
      </ul>
      {signer ? (
        <SignControls actionId={actionId} identity={signer} current={agreement.sides[signer.delegation].state} content={agreement.content} />
      ) : (
        <p className="agreement-observer note" data-testid="agreement-observer">{t('agreement.observer')}</p>
      )}
      <p className="agreement-trust"><ShieldCheck size={14} aria-hidden="true" />{t('agreement.trust')}</p>
      <AgreementHistory history={agreement.history} />
    </section>
  );
}
