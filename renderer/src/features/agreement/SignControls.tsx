import { useId, useState, type FormEvent } from 'react';
import type { Identity } from '../../../../shared/identity/identity';
import { isolate } from '../../../../shared/text/bidi';
import { MAX_REASON_LENGTH, type AgreedContent, type SideState, type SignOffState } from '../../../../shared/workspace/agreement/sign-offs';
import { useCommands } from '../../ui/runtime-context';
import { UserText } from '../../ui/UserText';
import { useAgreementWords } from './use-agreement-words';

interface Props {
  readonly actionId: string;
  /** The signer: a delegate or note-taker, who signs for their own delegation only. */
  readonly identity: Identity;
  /** Their side's state now: the button that would say the same again is disabled. */
  readonly current: SideState;
  /** What the panel shows now: the content the signature covers. */
  readonly content: AgreedContent;
}

/**
 * Agree, agree ad referendum, or reserve with a reason (required, at most MAX_REASON_LENGTH
 * characters), for the signer's own delegation. The command refuses observers whatever this
 * shows; the panel does not mount this for them.
 */
export function SignControls({ actionId, identity, current, content }: Props) {
  const commands = useCommands();
  const words = useAgreementWords();
  const { t } = words;
  const [reserving, setReserving] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasonId = useId();
  const problemId = useId();
  const sign = (state: SignOffState, why: string | null = null) => commands.signAction(actionId, state, content, why, setProblem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length === 0) {
      setProblem(t('agreement.reserve.required'));
      return;
    }
    if (sign('reserved', reason)) {
      setReserving(false);
      setReason('');
      setProblem(null);
    }
  };
  const already = (state: SignOffState) => (current === state ? { disabled: true, title: t('agreement.sign.already') } : {});
  return (
    <div className="agreement-sign" data-testid="agreement-sign">
      <p className="agreement-sign-heading">
        {t('agreement.sign.heading', { side: words.side(identity.delegation), name: isolate(identity.name) })}
      </p>
      {!reserving ? (
        <div className="agreement-sign-buttons">
          <button type="button" className="agreement-agree" onClick={() => sign('agreed')} {...already('agreed')}>{t('agreement.sign.agree')}</button>
          <button type="button" className="secondary" onClick={() => sign('ad-referendum')} title={t('agreement.adReferendumHint')}
            {...already('ad-referendum')}>{t('agreement.sign.adReferendum')}</button>
          <button type="button" className="secondary quiet" onClick={() => { setReserving(true); setProblem(null); }}>{t('agreement.sign.reserve')}</button>
        </div>
      ) : (
        <form className="agreement-reserve" onSubmit={submit} noValidate>
          <label htmlFor={reasonId}>{t('agreement.reserve.label')}</label>
          <textarea id={reasonId} dir="auto" rows={3} value={reason} maxLength={MAX_REASON_LENGTH} autoFocus required
            aria-invalid={problem ? true : undefined} aria-describedby={problem ? problemId : undefined}
            onChange={(event) => { setReason(event.target.value); if (problem) setProblem(null); }} />
          <div className="agreement-reserve-foot">
            <span className="agreement-count">{t('agreement.reserve.count', { count: reason.length, max: MAX_REASON_LENGTH })}</span>
            <button type="button" className="secondary" onClick={() => { setReserving(false); setProblem(null); }}>{t('agreement.reserve.cancel')}</button>
            <button type="submit">{t('agreement.reserve.submit')}</button>
          </div>
        </form>
      )}
      {problem && <p id={problemId} className="field-error" role="alert"><UserText text={problem} /></p>}
    </div>
  );
}
