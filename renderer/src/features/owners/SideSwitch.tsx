import { useT } from '../../ui/i18n/I18nProvider';
import type { SideChoice } from './matrix-model';

const CHOICES: readonly SideChoice[] = ['us', 'israel', 'both'];

/**
 * A segmented control over native radio buttons: one Tab stop, arrows to change, a visible label
 * per choice, each side in its delegation's colour when chosen.
 */
export function SideSwitch({ value, onChange }: { readonly value: SideChoice; readonly onChange: (next: SideChoice) => void }) {
  const t = useT();
  return (
    <div role="radiogroup" aria-label={t('data.owners.sides')} className="segmented" data-testid="side-switch">
      {CHOICES.map((choice) => (
        <label key={choice} className={`segment ${choice}${choice === value ? ' is-on' : ''}`}>
          <input type="radio" name="matrix-sides" value={choice} checked={choice === value}
            onChange={() => onChange(choice)} />
          <span>{t('data.owners.sideChoice', { side: choice })}</span>
        </label>
      ))}
    </div>
  );
}
