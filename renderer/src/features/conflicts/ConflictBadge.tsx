import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import './conflicts.css';

/** The open count beside the Conflicts view's name; read out as "(2 open)". */
export function ConflictBadge() {
  const open = useTandemStore((state) => state.inbox.open.length);
  const t = useT();
  if (open === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-badge" aria-hidden="true" data-testid="conflict-count">{open}</span>
      <span className="visually-hidden">{t('review.conflicts.badge', { count: open })}</span>
    </>
  );
}
