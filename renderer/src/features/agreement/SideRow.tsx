import type { SideAgreement, AgreedContent } from '../../../../shared/workspace/agreement/sign-offs';
import { differenceFrom, versionMark } from '../../../../shared/workspace/agreement/sign-offs';
import type { Identity } from '../../../../shared/identity/identity';
import { isolate } from '../../../../shared/text/bidi';
import { UserText } from '../../ui/UserText';
import { AgreedValue } from './AgreedValue';
import { useAgreementWords } from './use-agreement-words';

interface Props {
  readonly side: SideAgreement;
  /** The agreed fields now, for the difference from the signed version. */
  readonly content: AgreedContent;
  readonly changedBy: readonly Identity[];
  /** False when the other side's line already shows the difference from the same signed version. */
  readonly showDifference: boolean;
}

/**
 * One delegation's line: its state as a pill, who signed and when, the version mark of what
 * was signed; a reservation's reason; after a change, who changed it and each agreed field's
 * signed value beside its value now.
 */
export function SideRow({ side, content, changedBy, showDifference }: Props) {
  const words = useAgreementWords();
  const { t } = words;
  const { latest, state } = side;
  const differences = state === 'changed' && latest && showDifference ? differenceFrom(latest.content, content) : [];
  return (
    <li className={`agreement-side side-${side.side}`} data-testid="agreement-side" data-side={side.side} data-state={state}>
      <div className="agreement-side-head">
        <span className="agreement-side-name">{words.side(side.side)}</span>
        <span className={`agreement-state ${state}`} data-testid="agreement-state"
          title={state === 'ad-referendum' ? t('agreement.adReferendumHint') : undefined}>{words.state(state)}</span>
        {latest && (
          <span className="agreement-version" title={t('agreement.versionTitle', { fingerprint: latest.fingerprint })} data-testid="agreement-version">
            {t('agreement.version', { mark: isolate(versionMark(latest.fingerprint)) })}
          </span>
        )}
      </div>
      {latest && state !== 'changed' && (
        <p className="agreement-signer" data-testid="agreement-signer">
          <UserText text={latest.signer.name} /> · <time dateTime={latest.at}>{words.when(latest.at)}</time>
        </p>
      )}
      {latest && state === 'changed' && (
        <>
          <p className="agreement-changed" data-testid="agreement-changed-by">
            {changedBy.length > 0 ? t('agreement.changedBy', { names: words.names(changedBy.map((person) => isolate(person.name))) }) : t('agreement.changedByUnknown')}
          </p>
          <p className="agreement-signer">
            {t('agreement.wasState', { state: words.state(latest.state), name: isolate(latest.signer.name), when: words.when(latest.at) })}
          </p>
        </>
      )}
      {latest?.reason && state === 'reserved' && (
        <blockquote className="agreement-reason" data-testid="agreement-reason" aria-label={t('agreement.reason')}>
          <UserText text={latest.reason} />
        </blockquote>
      )}
      {differences.length > 0 && (
        <dl className="agreement-difference" data-testid="agreement-difference" aria-label={t('agreement.difference')}>
          {differences.map((difference) => (
            <div key={difference.field} className="agreement-difference-row" data-field={difference.field}>
              <dt>{difference.field in FIELD_MESSAGES ? t(FIELD_MESSAGES[difference.field as keyof typeof FIELD_MESSAGES]) : <UserText text={difference.field} />}</dt>
              <dd>
                <del title={t('agreement.value.was')} data-testid="agreed-value"><AgreedValue field={difference.field} value={difference.agreed} /></del>
                <span className="agreement-arrow" aria-hidden="true">→</span>
                <ins title={t('agreement.value.now')} data-testid="current-value"><AgreedValue field={difference.field} value={difference.now} /></ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

const FIELD_MESSAGES = {
  title: 'agreement.field.title', tier: 'agreement.field.tier', usLead: 'agreement.field.usLead', usLeadPerson: 'agreement.field.usLeadPerson',
  israelLead: 'agreement.field.israelLead', israelLeadPerson: 'agreement.field.israelLeadPerson', due: 'agreement.field.due',
} as const;
