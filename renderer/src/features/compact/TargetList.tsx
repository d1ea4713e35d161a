import { displayText } from '../../../../shared/compact/source-text';
import type { Target } from '../../../../shared/compact/types';
import { useSections } from '../../state/use-compact';
import { useT } from '../../ui/i18n/I18nProvider';
import { DeadlineLabel } from './DeadlineLabel';

/** Targets as the document words them, each with its deadline (a date once its event is dated). */
export function TargetList({ targets, label }: { readonly targets: readonly Target[]; readonly label: string }) {
  const sections = useSections();
  const t = useT();
  if (targets.length === 0) return <p className="empty">{t('compact.noneStated')}</p>;
  return (
    <ul className="targets" aria-label={label}>
      {targets.map((target) => (
        <li key={target.id} data-testid="target" data-target-id={target.id}>
          <span dir="auto">{displayText(target.passage.quote)}</span>
          {target.deadline && <> <DeadlineLabel deadline={target.deadline} /></>}
          <span className="section-ref"> — <bdi>{displayText(sections.get(target.passage.section)?.heading ?? '')}</bdi></span>
        </li>
      ))}
    </ul>
  );
}
