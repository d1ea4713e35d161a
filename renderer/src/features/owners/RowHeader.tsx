import type { Side } from '../../../../shared/compact/types';
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';
import { institutionName } from '../../../../shared/workspace/institution-name';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';

/**
 * The row's name on one line (its whole text on hover, and in the corner when a cell of the row
 * has focus), then its leads with the named person, its gaps, and references the directory lacks.
 */
export function RowHeader({ row, people, directory }: {
  readonly row: MatrixRow; readonly people: ReadonlyMap<string, PersonView>; readonly directory: InstitutionDirectory;
}) {
  const t = useT();
  const intl = useIntl();
  const lead = (side: Side) => {
    const [institution, person] = side === 'us' ? [row.owners.usLead, row.owners.usLeadPerson] : [row.owners.israelLead, row.owners.israelLeadPerson];
    if (!institution) return null;
    const name = person ? people.get(person)?.name ?? t('data.owners.notInDirectoryPerson', { id: person }) : null;
    const named = institutionName(directory, institution);
    return (
      <span className={`row-lead ${side}`} data-testid={`${side}-lead`} title={named.full}>
        {intl.formatMessage({ id: 'data.owners.lead' }, { side, name: () => <bdi key="name">{named.label}</bdi> })}
        {name && <> · <span dir="auto">{name}</span></>}
      </span>
    );
  };
  return (
    <th scope="row" className="row-head" aria-colindex={1}>
      <span className="row-label" dir="auto" title={row.label}>
        {row.kind === 'initiative' ? <><span className="code">{row.id}</span> {row.label.slice(row.id.length + 1)}</> : row.label}
      </span>
      <span className="row-status">
        {lead('us')}
        {lead('israel')}
        {row.gaps.map((side) => <span key={side} className={`badge gap-badge ${side}`} data-testid="gap">{t('data.owners.gap', { side })}</span>)}
        {row.unknownInstitutions.map((id) => (
          <span key={id} className="badge unknown-badge" data-testid="unknown-institution">{t('data.owners.unknown', { id })}</span>
        ))}
      </span>
    </th>
  );
}
