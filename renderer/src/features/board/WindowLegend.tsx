import { FormattedMessage } from 'react-intl';
import { SIGNING_EVENT, WINDOW_DAYS, windowEnd } from '../../../../shared/plan/schedule';
import { useTandemStore } from '../../state/store';
import { useFormatDay } from '../../ui/locale';
import { usePlanWords } from '../actions/use-plan-words';

/** The 90-day window's dates once the signing date is known, and what the card badges mean (on demand). */
export function WindowLegend() {
  const words = usePlanWords();
  const { t } = words;
  const day = useFormatDay();
  const dates = useTandemStore((state) => state.eventDates.dates);
  const signing = dates.get(SIGNING_EVENT) ?? null;
  const end = windowEnd(dates);
  return (
    <section className="window-legend" aria-labelledby="window-legend-title">
      <h2 id="window-legend-title" className="visually-hidden">{t('plan.legend.title', { days: WINDOW_DAYS })}</h2>
      <p data-testid="window-dates">
        <FormattedMessage id="plan.legend.line" values={{
          b: (chunks: React.ReactNode[]) => <strong>{chunks}</strong>,
          window: t('plan.legend.window', { days: WINDOW_DAYS }),
          dates: signing && end ? t('plan.legend.dates', { from: day(signing), to: day(end) }) : t('plan.legend.noDate'),
        }} />
      </p>
      <details className="legend-details">
        <summary>{t('plan.legend.badges')}</summary>
        <ul className="legend" aria-label={t('plan.legend.markers')}>
          <li><span className="window-marker inside">{t('plan.timing.inside')}</span> {t('plan.legend.inside')}</li>
          <li><span className="window-marker after">{t('plan.timing.after')}</span> {t('plan.legend.after')}</li>
          <li><span className="window-marker overdue">{t('plan.timing.overdue')}</span> {t('plan.legend.overdue')}</li>
          <li><span className="window-marker before-start">{t('plan.legend.beforeStartLabel')}</span> {t('plan.legend.beforeStart')}</li>
          <li><span className="window-marker undated">{t('plan.timing.undated')}</span> {t('plan.legend.undated')}</li>
          <li><span className="window-marker no-signing-date">{t('plan.timing.no-signing-date')}</span> {t('plan.legend.noSigning')}</li>
        </ul>
      </details>
    </section>
  );
}
