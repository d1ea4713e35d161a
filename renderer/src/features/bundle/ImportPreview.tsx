import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { CIPHER, KDF } from '../../../../shared/bundle/format';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { IdentityText } from '../sync/IdentityText';
import type { PreparedImport } from '../../../../shared/bundle/import-bundle';
import { describeSender } from '../../../../shared/bundle/bundle-signature';
import { describeVerdict } from '../../../../shared/authorship/verify';
import { listsChanges } from '../../../../shared/bundle/summary';
import { byteCount, utcMinute } from './format-text';
import { SummaryView } from './SummaryView';

/** The digest's name, the same in every language. */
const HASH_NAME = 'SHA-256';

/** The checked envelope and what merging would change, with Merge and Cancel. Nothing is merged yet. */
export function ImportPreview({ name, prepared, onMerge, onCancel }: {
  readonly name: string;
  readonly prepared: PreparedImport;
  readonly onMerge: () => void;
  readonly onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { envelope, summary } = prepared;
  const t = useT();
  const intl = useIntl();
  const { locale } = useLanguage();
  const encryption = envelope.encryption;
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h4 id="import-preview-title" ref={heading} tabIndex={-1}>{intl.formatMessage({ id: 'data.preview.title' }, { name: () => <UserText text={name} /> })}</h4>
      <dl className="envelope">
        {/* Who, without the document's internal ids (the inspector prints those). */}
        <dt>{t('data.preview.from')}</dt><dd><IdentityText who={envelope.sender} /></dd>
        <dt>{t('data.preview.signed')}</dt><dd data-testid="import-sender-verdict"><span className={prepared.sender.kind === 'verified' ? 'sender-verified' : 'sender-unverified'}><bdi>{describeSender(envelope.sender, prepared.sender)}</bdi></span></dd>
        {prepared.writers.length > 0 && (
          <>
            <dt>{t('data.preview.authors')}</dt>
            <dd data-testid="import-writer-verdicts">
              {prepared.writers.map(({ client, verdict }) => (
                <span key={client} className={verdict.verified ? 'sender-verified' : 'sender-unverified'}><bdi>{describeVerdict(verdict)}</bdi></span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('data.preview.made')}</dt><dd><bdi dir="ltr">{utcMinute(envelope.createdAt)}</bdi></dd>
        <dt>{t('data.preview.carries')}</dt><dd>{t('data.preview.scope', { whole: envelope.since === null ? 'yes' : 'no' })}</dd>
        <dt>{t('data.preview.encrypted')}</dt><dd>{t('data.preview.encryption', { encrypted: encryption ? 'yes' : 'no', cipher: CIPHER, kdf: KDF, iterations: new Intl.NumberFormat(locale).format(encryption?.iterations ?? 0) })}</dd>
        <dt>{t('data.preview.size')}</dt><dd>{byteCount(envelope.fileBytes, t, locale)}</dd>
        <dt>{HASH_NAME}</dt><dd className="hash">{envelope.sha256}</dd>
      </dl>
      {summary.nothingNew
        ? <p className="nothing-new" data-testid="import-nothing-new">{t('data.preview.nothingNew')}</p>
        : listsChanges(summary) ? <SummaryView summary={summary} /> : <p className="note">{t('data.preview.noVisible')}</p>}
      <div className="buttons">
        {/* "Done" merges nothing (there is nothing to merge) but remembers what the sender holds. */}
        <button type="button" onClick={onMerge}>{summary.nothingNew ? t('data.preview.done') : t('data.preview.merge')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('data.cancel')}</button>
      </div>
    </section>
  );
}
