/** What the chart's shapes and colours mean (inside the aria-hidden chart: the table says it in words). */
const ENTRIES: readonly { readonly className: string; readonly label: string; readonly bar?: boolean }[] = [
  { className: 'marker', label: 'Due' },
  { className: 'marker bar', label: 'Dated window', bar: true },
  { className: 'marker overdue', label: 'Overdue' },
  { className: 'marker critical', label: 'Critical path' },
  { className: 'marker warn', label: 'Dependency warning' },
  { className: 'marker closed', label: 'Done or dropped' },
];

export function ChartLegend() {
  return (
    <ul className="chart-legend">
      {ENTRIES.map((entry) => (
        <li key={entry.label}>
          <svg width={entry.bar ? 22 : 14} height={14}>
            {entry.bar ? <rect className={entry.className} x={1} y={2} width={20} height={10} rx={3} />
              : <circle className={entry.className} cx={7} cy={7} r={5} />}
          </svg>
          {entry.label}
        </li>
      ))}
      <li><svg width={22} height={14}><rect className="chart-window" x={0} y={0} width={22} height={14} /></svg>90-day window</li>
      <li><svg width={6} height={14}><line className="chart-today" x1={3} x2={3} y1={0} y2={14} /></svg>Today</li>
    </ul>
  );
}
