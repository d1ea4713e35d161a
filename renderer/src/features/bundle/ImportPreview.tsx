import { useEffect, useRef } from 'react';
import { describeEncryption, describeScope } from '../../../../shared/bundle/describe';
import { describeIdentity } from '../../../../shared/identity/identity';
import type { PreparedImport } from '../../../../shared/bundle/import-bundle';
import { describeSender } from '../../../../shared/bundle/bundle-signature';
import { describeVerdict } from '../../../../shared/authorship/verify';
import { listsChanges } from '../../../../shared/bundle/summary';
import { byteCount, utcMinute } from './format-text';
import { SummaryView } from './SummaryView';

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
  return (
    <section aria-labelledby="import-preview-title" className="import-preview">
      <h4 id="import-preview-title" ref={heading} tabIndex={-1}>What {name} would change</h4>
      <dl className="envelope">
        {/* Who, without the document's internal ids (the inspector prints those). */}
        <dt>From</dt><dd>{describeIdentity(envelope.sender)}</dd>
        <dt>Signed</dt><dd data-testid="import-sender-verdict"><span className={prepared.sender.kind === 'verified' ? 'sender-verified' : 'sender-unverified'}><bdi>{describeSender(envelope.sender, prepared.sender)}</bdi></span></dd>
        {prepared.writers.length > 0 && (
          <>
            <dt>Authors</dt>
            <dd data-testid="import-writer-verdicts">
              {prepared.writers.map(({ client, verdict }) => (
                <span key={client} className={verdict.verified ? 'sender-verified' : 'sender-unverified'}><bdi>{describeVerdict(verdict)}</bdi></span>
              ))}
            </dd>
          </>
        )}
        <dt>Made</dt><dd>{utcMinute(envelope.createdAt)}</dd>
        <dt>Carries</dt><dd>{describeScope(envelope)}</dd>
        <dt>Encrypted</dt><dd>{describeEncryption(envelope)}</dd>
        <dt>Size</dt><dd>{byteCount(envelope.fileBytes)}</dd>
        <dt>SHA-256</dt><dd className="hash">{envelope.sha256}</dd>
      </dl>
      {summary.nothingNew
        ? <p className="nothing-new" data-testid="import-nothing-new">Nothing new: this workspace already has everything in this file.</p>
        : listsChanges(summary) ? <SummaryView summary={summary} /> : <p className="note">No visible change: it only brings records of who wrote what.</p>}
      <div className="buttons">
        {/* "Done" merges nothing (there is nothing to merge) but remembers what the sender holds. */}
        <button type="button" onClick={onMerge}>{summary.nothingNew ? 'Done' : 'Merge into this workspace'}</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
