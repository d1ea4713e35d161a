import type { OwnerEntry } from '../../../../shared/compact/types';
import { institutionLabel } from '../../../../shared/workspace/institution-name';
import type { Side } from '../../../../shared/compact/types';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';

/** One side's owners exactly as the annex table gives them, with the directory entries they name. */
export function OwnerColumn({ side, owners }: { readonly side: Side; readonly owners: readonly OwnerEntry[] }) {
  const directory = useTandemStore((state) => state.institutions);
  const t = useT();
  return (
    <section className="owners" aria-label={t('compact.sideOwners', { side })}>
      <h4>{t('compact.sideOwners', { side })}</h4>
      {owners.length === 0 ? (
        <p className="gap">{t('compact.noOwners')}</p>
      ) : (
        <ul>
          {owners.map((owner) => (
            <li key={owner.asWritten} dir="auto">
              {owner.asWritten}
              <span className="resolved"> → {owner.institutions.map((id) => institutionLabel(directory, id)).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
