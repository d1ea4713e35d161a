import type { Timeline } from '../../../../shared/plan/timeline';
import { IsolatedText } from '../../ui/IsolatedText';
import { criticalPathText, cycleTexts } from './timeline-text';

/** The critical path in order, and every dependency cycle, above the chart. */
export function PathSummary({ timeline, titles, filtering }: {
  readonly timeline: Timeline; readonly titles: ReadonlyMap<string, string>; readonly filtering: boolean;
}) {
  const cycles = cycleTexts(timeline, titles);
  const hasPath = timeline.analysis.criticalPath.length > 0;
  return (
    <div className="timeline-paths">
      <p data-testid="critical-path" className={hasPath ? 'critical-path' : 'critical-path none'}>
        <IsolatedText text={criticalPathText(timeline, titles)} />
        {hasPath && filtering && ' (worked out over all actions, including those the filters hide)'}
      </p>
      {cycles.length > 0 && (
        <ul className="timeline-cycles" aria-label="Dependency cycles">
          {cycles.map((text) => <li key={text} data-testid="timeline-cycle"><IsolatedText text={text} /></li>)}
        </ul>
      )}
    </div>
  );
}
