import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { computeFundingTotals, type SideTotal } from '../../../../shared/compact/funding-totals';
import { displayText } from '../../../../shared/compact/source-text';
import type { Side } from '../../../../shared/compact/types';
import { useCompact } from '../../state/use-compact';
import { useT } from '../../ui/i18n/I18nProvider';
import { SourceDetails } from './SourceQuote';
import { useFormatAmount } from './use-deadline-words';

const REASON_SELECT = { tbd: 'tbd', 'no-figure': 'noFigure', facility: 'facility', 'no-term': 'noTerm' } as const;

/**
 * F-1 … F-6 as the table gives them, totals computed from them and checked against the document's.
 * The document's own words (names, cells as written, notes) stay its English, each isolated; the
 * interface's words and the computed amounts are in the reader's language and locale.
 */
export function FundingScreen() {
  const { funding, governance } = useCompact();
  const totals = useMemo(() => computeFundingTotals(funding), [funding]);
  const t = useT();
  const intl = useIntl();
  const amount = useFormatAmount();
  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">{t('data.funding.title')}</h2>
      <table className="funding-table">
        <caption>{t('data.funding.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.funding.mechanism')}</th><th scope="col">{t('data.funding.usCommitment')}</th>
            <th scope="col">{t('data.funding.israelCommitment')}</th><th scope="col">{t('data.funding.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {funding.mechanisms.map((m) => (
            <tr key={m.code} data-testid="funding-row">
              <th scope="row"><bdi>{m.code}: {displayText(m.name)}</bdi><SourceDetails passage={m.summary} summary={t('data.funding.summary')} /></th>
              <td><bdi>{displayText(m.us.asWritten)}</bdi>{m.us.tbd && <span className="badge">{t('data.funding.tbd')}</span>}</td>
              <td><bdi>{displayText(m.israel.asWritten)}</bdi>{m.israel.tbd && <span className="badge">{t('data.funding.tbd')}</span>}</td>
              <td><bdi>{displayText(m.notes)}</bdi></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('data.funding.totals')}</h3>
      <div className="totals">
        <SideTotalView side="us" total={totals.us} />
        <SideTotalView side="israel" total={totals.israel} />
      </div>
      <ul className="checks" aria-label={t('data.funding.checks')}>
        {totals.checks.map((check) => (
          <li key={check.kind} data-testid="total-check" className={check.agrees ? 'agrees' : 'disagrees'}>
            {intl.formatMessage({ id: 'data.funding.check' }, {
              label: t('data.funding.checkLabel', { kind: check.kind }),
              computed: <bdi>{amount(check.computed)}</bdi>,
              stated: displayText(check.stated.asWritten),
              agrees: check.agrees ? 'yes' : 'no',
              quote: (chunks: ReactNode[]) => <bdi>{chunks}</bdi>,
              strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      <h3>{t('data.funding.qa')}</h3>
      <ul className="figures">
        {funding.questionsAndAnswers.map((figure) => (
          <li key={figure.id} data-testid="qa-figure">
            <bdi>{figure.label}: {displayText(figure.asWritten)}</bdi> (<bdi>{amount(figure.amount)}</bdi>) <SourceDetails passage={figure.passage} />
          </li>
        ))}
      </ul>
      <h3>{t('data.funding.governance')}</h3>
      <ul className="governance">
        {governance.map((standard) => (
          <li key={standard.id}><bdi>{standard.title}</bdi> <SourceDetails passage={standard.passage} /></li>
        ))}
      </ul>
    </section>
  );
}

function SideTotalView({ side, total }: { readonly side: Side; readonly total: SideTotal }) {
  const t = useT();
  const intl = useIntl();
  const amount = useFormatAmount();
  const outside = total.outside.map((entry) => t('data.funding.outsideEntry', {
    code: entry.code, commitment: displayText(entry.commitment.asWritten), reason: REASON_SELECT[entry.reasonCode],
  }));
  return (
    <section className="side-total" aria-label={t('data.funding.sideTotal', { side })} data-testid="side-total">
      <h4>{t('data.funding.sideHeading', { side, amount: amount(total.amount) })}</h4>
      <p>{t('data.funding.sumOf', { codes: intl.formatList(total.included, { type: 'conjunction' }) })}</p>
      {outside.length > 0 && <p>{t('data.funding.outside', { entries: intl.formatList(outside, { type: 'unit' }) })}</p>}
    </section>
  );
}
