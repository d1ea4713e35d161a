import type { SideChoice } from './matrix-model';

const CHOICES: readonly { readonly value: SideChoice; readonly label: string }[] = [
  { value: 'us', label: 'U.S.' },
  { value: 'israel', label: 'Israel' },
  { value: 'both', label: 'Both' },
];

/**
 * A segmented control over native radio buttons: one Tab stop, arrows to change, a visible label
 * per choice, each side in its delegation's colour when chosen.
 */
export function SideSwitch({ value, onChange }: { readonly value: SideChoice; readonly onChange: (next: SideChoice) => void }) {
  return (
    <div role="radiogroup" aria-label="Sides" className="segmented" data-testid="side-switch">
      {CHOICES.map((choice) => (
        <label key={choice.value} className={`segment ${choice.value}${choice.value === value ? ' is-on' : ''}`}>
          <input type="radio" name="matrix-sides" value={choice.value} checked={choice.value === value}
            onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </div>
  );
}
