import type { ActionView } from '../../../../shared/workspace/action-view';
import { TIER_LABELS } from '../../../../shared/compact/tiers';
import { TIERS, type Tier } from '../../../../shared/compact/types';
import { useTandemStore } from '../../app/store';
import { ActionRow } from './ActionRow';

const UNSEQUENCED = 'Not yet sequenced';

/**
 * The plan in lanes: new actions first (not yet in a tier), then the Fifth First Step's three
 * tiers. Row numbers run on across lanes, so each row's accessible name is unique on the page.
 */
export function ActionList() {
  const actions = useTandemStore((state) => state.actions);
  const lanes: { label: string; tier: Tier | null; actions: ActionView[] }[] = [
    { label: UNSEQUENCED, tier: null, actions: actions.filter((action) => action.tier === null) },
    ...TIERS.map((tier) => ({ label: TIER_LABELS[tier], tier, actions: actions.filter((action) => action.tier === tier) })),
  ];
  let position = 0;
  return (
    <div className="lanes">
      {lanes.map((lane) => (
        <section key={lane.label} className="lane" aria-labelledby={`lane-${lane.tier ?? 'none'}`}>
          <h2 id={`lane-${lane.tier ?? 'none'}`}>{lane.label} <span className="count">({lane.actions.length})</span></h2>
          {lane.actions.length === 0 && lane.tier === null && <p className="empty">New actions appear here until they are sequenced.</p>}
          <ol className="actions" aria-label={lane.label} start={position + 1}>
            {lane.actions.map((action) => {
              position += 1;
              return <ActionRow key={action.id} action={action} position={position} />;
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
