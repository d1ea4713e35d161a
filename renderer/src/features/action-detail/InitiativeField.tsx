import { useId, useState } from 'react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useCompact } from '../../state/use-compact';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { refusal } from './refusal';

/** The recommendation or funding mechanism the action serves, by its compact code. */
export function InitiativeField({ action, readOnly }: { readonly action: ActionView; readonly readOnly: boolean }) {
  const commands = useCommands();
  const t = useT();
  const compact = useCompact();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const recommendation = compact.recommendations.find((rec) => rec.code === action.initiative);
  const mechanism = compact.funding.mechanisms.find((item) => item.code === action.initiative);
  const known = recommendation ?? mechanism;
  const current = action.initiative
    ? t('plan.panel.initiativeCurrent', { code: action.initiative, name: recommendation?.title ?? mechanism?.name ?? t('plan.panel.notInCompact') })
    : t('plan.panel.none');
  if (readOnly) {
    return <dl className="detail-facts"><dt>{t('plan.panel.initiative')}</dt><dd>{current}</dd></dl>;
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('plan.panel.initiative')}</label>
      <select id={id} value={action.initiative ?? ''}
        onChange={(event) => setError(refusal(commands.setInitiative(action.id, event.target.value || null), t))}>
        <option value="">{t('plan.panel.none')}</option>
        {action.initiative && !known && <option value={action.initiative} disabled>{current}</option>}
        <optgroup label={t('plan.panel.recommendations')}>
          {compact.recommendations.map((rec) => <option key={rec.code} value={rec.code}>{rec.code} — {rec.title}</option>)}
        </optgroup>
        <optgroup label={t('plan.panel.mechanisms')}>
          {compact.funding.mechanisms.map((item) => <option key={item.code} value={item.code}>{item.code} — {item.name}</option>)}
        </optgroup>
      </select>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
