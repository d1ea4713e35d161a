import { useMemo, useRef } from 'react';
import { NO_FILTER } from '../../../../shared/plan/action-filter';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';
import { useVisibleActions } from '../../state/use-plan';
import { FilterSelect } from './FilterSelect';
import {
  SIDE_OPTIONS, STATUS_OPTIONS, TIER_OPTIONS, domainOptions, isFiltering, ownerGroups, withChoice, type Option,
} from './filter-options';
import { useSlashToSearch } from './use-slash-to-search';
import type { Tier } from '../../../../shared/compact/types';
import type { ActionStatus } from '../../../../shared/workspace/action-status';
import { usePlanWords } from '../actions/use-plan-words';
import './filter.css';

/**
 * Search and filter, shared by the Plan, Owners and Timeline views: the criteria live in the
 * store, so they hold while the user moves between views. The count excludes deleted actions,
 * which no view lists.
 */
export function FilterBar() {
  const words = usePlanWords();
  const { t } = words;
  const filter = useTandemStore((state) => state.filter);
  const setFilter = useTandemStore((state) => state.setFilter);
  const directory = useTandemStore((state) => state.institutions);
  const total = useTandemStore((state) => state.actions.filter((action) => !action.deleted).length);
  const shown = useVisibleActions().filter((action) => !action.deleted).length;
  const compact = useCompact();
  const owners = useMemo(() => ownerGroups(directory).map((group) => ({ ...group, label: group.side ? t(`plan.side.${group.side}`) : t('plan.filter.sideUnknown') })), [directory, t]);
  const sides = useMemo(() => SIDE_OPTIONS.map((option): Option => ({ ...option, label: t(`plan.side.${option.value as 'us' | 'israel'}`) })), [t]);
  const tiers = useMemo(() => TIER_OPTIONS.map((option): Option => ({ ...option, label: words.tier(option.value === 'unsequenced' ? null : option.value as Tier) })), [words]);
  const statuses = useMemo(() => STATUS_OPTIONS.map((option): Option => ({ ...option, label: words.status(option.value as ActionStatus) })), [words]);
  const domains = useMemo(() => domainOptions(compact.domains), [compact]);
  const search = useRef<HTMLInputElement>(null);
  useSlashToSearch(search);
  const choose = (field: Parameters<typeof withChoice>[1]) => (value: string) => setFilter(withChoice(filter, field, value));

  return (
    <search className="filter-bar" aria-label={t('plan.filter.region')}>
      <div className="filter-field filter-text">
        <label htmlFor="filter-text">{t('plan.filter.search')}</label>
        <input id="filter-text" ref={search} type="search" dir="auto" value={filter.text}
          placeholder={t('plan.filter.placeholder')}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })} />
      </div>
      <FilterSelect id="filter-owner" label={t('plan.filter.owner')} any={t('plan.filter.anyOwner')} value={filter.owner} groups={owners} onChange={choose('owner')} />
      <FilterSelect id="filter-side" label={t('plan.filter.side')} any={t('plan.filter.eitherSide')} value={filter.side} options={sides} onChange={choose('side')} />
      <FilterSelect id="filter-tier" label={t('plan.filter.tier')} any={t('plan.filter.anyTier')} value={filter.tier} options={tiers} onChange={choose('tier')} />
      <FilterSelect id="filter-status" label={t('plan.filter.status')} any={t('plan.filter.anyStatus')} value={filter.status} options={statuses} onChange={choose('status')} />
      <FilterSelect id="filter-domain" label={t('plan.filter.domain')} any={t('plan.filter.anyDomain')} value={filter.domain} options={domains} onChange={choose('domain')} />
      <div className="filter-footer">
        <p className="filter-count" role="status" aria-live="polite">{t('plan.filter.count', { shown, total })}</p>
        {/* Focus goes back to the search field, since the button disables itself once clicked. */}
        <button type="button" className="secondary" disabled={!isFiltering(filter)}
          onClick={() => { setFilter(NO_FILTER); search.current?.focus(); }}>
          {t('plan.filter.clear')}
        </button>
      </div>
    </search>
  );
}
