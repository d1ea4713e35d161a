import { useT } from '../../ui/i18n/I18nProvider';

/** What the chart's shapes and colours mean (inside the aria-hidden chart: the table says it in words). */
const ENTRIES = [
  { className: 'marker', label: 'plan.timeline.legend.due' },
  { className: 'marker bar', label: 'plan.timeline.legend.bar', bar: true },
  { className: 'marker overdue', label: 'plan.timeline.legend.overdue' },
  { className: 'marker critical', label: 'plan.timeline.legend.critical' },
  { className: 'marker warn', label: 'plan.timeline.legend.warn' },
  { className: 'marker closed', label: 'plan.timeline.legend.closed' },
] as const;

export function ChartLegend() {
  const t = useT();
  return (
    <ul className="chart-legend">
      {ENTRIES.map((entry) => (
        <li key={entry.label}>
          <svg width={'bar' in entry ? 22 : 14} height={14}>
            {'bar' in entry ? <rect className={entry.className} x={1} y={2} width={20} height={10} rx={3} />
              : <circle className={entry.className} cx={7} cy={7} r={5} />}
          </svg>
          {t(entry.label)}
        </li>
      ))}
      <li><svg width={22} height={14}><rect className="chart-window" x={0} y={0} width={22} height={14} /></svg>{t('plan.timeline.window')}</li>
      <li><svg width={6} height={14}><line className="chart-today" x1={3} x2={3} y1={0} y2={14} /></svg>{t('plan.timeline.today')}</li>
    </ul>
  );
}
