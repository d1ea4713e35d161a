import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';
import { useTandemStore } from '../../state/store';

/** Who else is in the session, and which action each has open. */
export function PresenceList() {
  const presence = useTandemStore((state) => state.presence);
  const actions = useTandemStore((state) => state.actions);
  const t = useT();
  const intl = useIntl();
  if (presence.length === 0) return <p className="note">{t('data.session.nobody')}</p>;
  const titleOf = (id: string) => actions.find((action) => action.id === id)?.title || t('data.session.untitled');
  return (
    <ul className="presence-list" aria-label={t('data.session.peopleList')}>
      {presence.map((person) => (
        <li key={person.clientId} data-testid="presence">
          <UserText text={person.identity.name} /> · {t('data.side', { side: person.identity.delegation })} · {t('data.role', { role: person.identity.role })}
          {person.editing && <> · {intl.formatMessage({ id: 'data.session.editing' }, { title: () => <q><UserText text={titleOf(person.editing!)} /></q> })}</>}
        </li>
      ))}
    </ul>
  );
}
