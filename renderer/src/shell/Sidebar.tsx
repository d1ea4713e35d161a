import { useId } from 'react';
import { Keyboard, Search } from 'lucide-react';
import { keyLabel, onMac } from './shortcuts';
import { TourInvite } from './TourInvite';
import { useViewText } from './view-text';
import { useT } from '../ui/i18n/I18nProvider';
import { LanguageSwitch } from '../ui/i18n/LanguageSwitch';
import { VIEWS, viewsByGroup, type GroupId, type ViewId } from './views';

interface Props {
  readonly view: ViewId;
  readonly onChoose: (view: ViewId) => void;
  readonly onOpenPalette: () => void;
  readonly onOpenHelp: () => void;
  /** The first-run tour's invitation, until this laptop took or dismissed it. */
  readonly tour: { readonly invited: boolean; readonly onStart: () => void; readonly onDismiss: () => void };
}

/**
 * The left sidebar: the app's name, the palette and help buttons, and the views in their groups
 * (views.tsx). Each view is a button named exactly by its label (plus the open count where it
 * has one), marked aria-current="page" when shown.
 */
export function Sidebar({ view, onChoose, onOpenPalette, onOpenHelp, tour }: Props) {
  const mac = onMac();
  const t = useT();
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">T</span>
        <div className="brand-text">
          <h1>{t('app.name')}</h1>
          <p className="brand-sub">{t('app.subtitle')}</p>
        </div>
      </div>
      <button type="button" className="sidebar-search" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K" aria-label={t('nav.searchLabel')}>
        <Search aria-hidden="true" size={15} />
        <span className="sidebar-search-label">{t('nav.search')}</span>
        <kbd aria-hidden="true">{keyLabel('Ctrl', mac)} K</kbd>
      </button>
      <nav className="views" aria-label={t('nav.views')}>
        {viewsByGroup().map(({ group, views }) => (
          <NavGroup key={group} group={group} views={views} current={view} onChoose={onChoose} />
        ))}
      </nav>
      {tour.invited && <TourInvite onStart={tour.onStart} onDismiss={tour.onDismiss} />}
      <button type="button" className="sidebar-help" onClick={onOpenHelp} aria-keyshortcuts="?">
        <Keyboard aria-hidden="true" size={15} />
        <span className="sidebar-search-label">{t('nav.shortcuts')}</span>
        <kbd aria-hidden="true">?</kbd>
      </button>
      <LanguageSwitch />
    </aside>
  );
}

function NavGroup({ group, views, current, onChoose }: {
  readonly group: GroupId; readonly views: readonly ViewId[]; readonly current: ViewId; readonly onChoose: (view: ViewId) => void;
}) {
  const labelId = useId();
  const text = useViewText();
  return (
    <div className="nav-group" role="group" aria-labelledby={labelId} data-group={group}>
      <div className="nav-group-label" id={labelId}>{text.group(group)}</div>
      <ul>
        {views.map((id) => {
          const entry = VIEWS[id];
          const Icon = entry.icon;
          return (
            <li key={id}>
              <button type="button" className="view-link" data-view={id} aria-current={id === current ? 'page' : undefined} onClick={() => onChoose(id)}>
                <Icon aria-hidden="true" size={16} className="view-icon" />
                <span className="view-label">{text.label(id)}</span>
                {'badge' in entry && entry.badge()}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
