import type { Timeline } from '../../../../shared/plan/timeline';
import { IsolatedText } from '../../ui/IsolatedText';
import { useLocale } from '../../ui/locale';
import { usePlanWords } from '../actions/use-plan-words';
import { criticalPathText, cycleTexts } from './timeline-text';

/** The critical path in order, and every dependency cycle, above the chart. */
export function PathSummary({ timeline, titles, filtering }: {
  readonly timeline: Timeline; readonly titles: ReadonlyMap<string, string>; readonly filtering: boolean;
}) {
  const words = usePlanWords();
  const locale = useLocale();
  const cycles = cycleTexts(words, locale, timeline, titles);
  const hasPath = timeline.analysis.criticalPath.length > 0;
  return (
    <div className="timeline-paths">
      <p data-testid="critical-path" className={hasPath ? 'critical-path' : 'critical-path none'}>
        <IsolatedText text={criticalPathText(words, timeline, titles)} />
        {hasPath && filtering && words.t('plan.timeline.filteredPath')}
      </p>
      {cycles.length > 0 && (
        <ul className="timeline-cycles" aria-label={words.t('plan.timeline.cycles')}>
          {cycles.map((text) => <li key={text} data-testid="timeline-cycle"><IsolatedText text={text} /></li>)}
        </ul>
      )}
    </div>
  );
}
