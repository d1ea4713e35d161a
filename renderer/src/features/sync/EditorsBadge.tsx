import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import { useTandemStore } from '../../state/store';
import { IdentityText } from './IdentityText';

/** "Dana (Israel) is editing" on an action someone else in the session has open. */
export function EditorsBadge({ actionId }: { readonly actionId: string }) {
  const editors = useTandemStore((state) => state.editors.get(actionId));
  const intl = useIntl();
  if (!editors || editors.length === 0) return null;
  const names = intl.formatList(editors.map((person) => (
    <Fragment key={person.clientId}><IdentityText who={person.identity} short /></Fragment>
  )), { type: 'unit' });
  return <span className="editors-badge" data-testid="editors">{intl.formatMessage({ id: 'data.editors' }, { names: <>{names}</>, count: editors.length })}</span>;
}
