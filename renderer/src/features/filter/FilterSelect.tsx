import type { Option, OptionGroup } from './filter-options';

interface Props {
  readonly id: string;
  readonly label: string;
  /** The "any" choice, e.g. "Any tier". */
  readonly any: string;
  readonly value: string | null;
  readonly options?: readonly Option[];
  readonly groups?: readonly OptionGroup[];
  readonly onChange: (value: string) => void;
}

/** One labelled filter choice; '' is "any". */
export function FilterSelect({ id, label, any, value, options = [], groups = [], onChange }: Props) {
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
