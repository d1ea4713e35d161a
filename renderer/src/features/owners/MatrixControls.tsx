import type { ColumnChoice, SideChoice } from './matrix-model';
import { useT } from '../../ui/i18n/I18nProvider';
import { SideSwitch } from './SideSwitch';

export interface MatrixOptions {
  readonly sides: SideChoice;
  readonly columns: ColumnChoice;
  readonly gapsOnly: boolean;
}

/** Narrowing the ~70 institution columns (one side, or those in use) and the rows (gaps only); a legend. */
export function MatrixControls({ options, onChange }: { readonly options: MatrixOptions; readonly onChange: (next: MatrixOptions) => void }) {
  const t = useT();
  return (
    <div className="matrix-controls">
      <SideSwitch value={options.sides} onChange={(sides) => onChange({ ...options, sides })} />
      <label className="control">
        <span className="control-label">{t('data.owners.columns')}</span>
        <select aria-label={t('data.owners.columns')} value={options.columns} onChange={(event) => onChange({ ...options, columns: event.target.value as ColumnChoice })}>
          <option value="all">{t('data.owners.allColumns')}</option>
          <option value="in-use">{t('data.owners.inUse')}</option>
        </select>
      </label>
      <label className="control">
        <input type="checkbox" checked={options.gapsOnly} onChange={(event) => onChange({ ...options, gapsOnly: event.target.checked })} />
        {' '}{t('data.owners.gapsOnly')}
      </label>
      <p className="legend">
        <span className="cell-role lead us">{t('data.owners.roleShort', { role: 'lead' })}</span>
        <span className="cell-role lead israel">{t('data.owners.roleShort', { role: 'lead' })}</span> {t('data.owners.legendLead')}
        <span className="cell-role supporting us">{t('data.owners.roleShort', { role: 'supporting' })}</span> {t('data.owners.legendSupporting')}
        <span className="cell-role annex">{t('data.owners.roleShort', { role: 'annex' })}</span> {t('data.owners.legendAnnex')}
      </p>
    </div>
  );
}
