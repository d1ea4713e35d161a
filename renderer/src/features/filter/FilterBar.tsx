import { useMemo, useRef } from 'react';
import { NO_FILTER } from '../../../../shared/plan/action-filter';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { useVisibleActions } from '../../state/use-plan';
import { FilterSelect } from './FilterSelect';
import {
  SIDE_OPTIONS, STATUS_OPTIONS, TIER_OPTIONS, countLabel, domainOptions, isFiltering, ownerGroups, withChoice,
} from './filter-options';
import { useSlashToSearch } from './use-slash-to-search';
import './filter.css';

/**
 * Search and filter, shared by the Plan, Owners and Timeline views: the criteria live in the
 * store, so they hold while the user moves between views. The count excludes deleted actions,
 * which no view lists.
 */
export function FilterBar() {
  const filter = useTandemStore((state) => state.filter);
  const setFilter = useTandemStore((state) => state.setFilter);
  const directory = useTandemStore((state) => state.institutions);
  const total = useTandemStore((state) => state.actions.filter((action) => !action.deleted).length);
  const shown = useVisibleActions().filter((action) => !action.deleted).length;
  const compact = useCompact();
  const owners = useMemo(() => ownerGroups(directory), [directory]);
  const domains = useMemo(() => domainOptions(compact.domains), [compact]);
  const search = useRef<HTMLInputElement>(null);
  useSlashToSearch(search);
  const choose = (field: Parameters<typeof withChoice>[1]) => (value: string) => setFilter(withChoice(filter, field, value));

  return (
    <search className="filter-bar" aria-label="Search and filter the plan">
      <div className="filter-field filter-text">
        <label htmlFor="filter-text">Search</label>
        <input id="filter-text" ref={search} type="search" dir="auto" value={filter.text}
          placeholder="Title, code, owner… (press /)"
          onChange={(event) => setFilter({ ...filter, text: event.target.value })} />
      </div>
      <FilterSelect id="filter-owner" label="Owner" any="Any owner" value={filter.owner} groups={owners} onChange={choose('owner')} />
      <FilterSelect id="filter-side" label="Side" any="Either side" value={filter.side} options={SIDE_OPTIONS} onChange={choose('side')} />
      <FilterSelect id="filter-tier" label="Tier" any="Any tier" value={filter.tier} options={TIER_OPTIONS} onChange={choose('tier')} />
      <FilterSelect id="filter-status" label="Status" any="Any status" value={filter.status} options={STATUS_OPTIONS} onChange={choose('status')} />
      <FilterSelect id="filter-domain" label="Domain" any="Any domain" value={filter.domain} options={domains} onChange={choose('domain')} />
      <div className="filter-footer">
        <p className="filter-count" role="status" aria-live="polite">{countLabel(shown, total)}</p>
        {/* Focus goes back to the search field, since the button disables itself once clicked. */}
        <button type="button" className="secondary" disabled={!isFiltering(filter)}
          onClick={() => { setFilter(NO_FILTER); search.current?.focus(); }}>
          Clear filters
        </button>
      </div>
    </search>
  );
}
