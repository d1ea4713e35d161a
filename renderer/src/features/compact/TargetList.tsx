import { displayText } from '../../../../shared/compact/source-text';
import type { Target } from '../../../../shared/compact/types';
import { useSections } from '../../state/use-compact';
import { DeadlineLabel } from './DeadlineLabel';

/** Targets as the document words them, each with its deadline (a date once its event is dated). */
export function TargetList({ targets, label }: { readonly targets: readonly Target[]; readonly label: string }) {
  const sections = useSections();
  if (targets.length === 0) return <p className="empty">None stated.</p>;
  return (
    <ul className="targets" aria-label={label}>
      {targets.map((target) => (
        <li key={target.id} data-testid="target" data-target-id={target.id}>
          <span dir="auto">{displayText(target.passage.quote)}</span>
          {target.deadline && <> <DeadlineLabel deadline={target.deadline} /></>}
          <span className="section-ref"> — {displayText(sections.get(target.passage.section)?.heading ?? '')}</span>
        </li>
      ))}
    </ul>
  );
}
