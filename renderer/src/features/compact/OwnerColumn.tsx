import type { OwnerEntry } from '../../../../shared/compact/types';
import { institutionLabel } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';

/** One side's owners exactly as the annex table gives them, with the directory entries they name. */
export function OwnerColumn({ side, owners }: { readonly side: string; readonly owners: readonly OwnerEntry[] }) {
  const directory = useTandemStore((state) => state.institutions);
  return (
    <section className="owners" aria-label={`${side} owners`}>
      <h4>{side} owners</h4>
      {owners.length === 0 ? (
        <p className="gap">No owner table in the annex: the delegations have to name one.</p>
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
