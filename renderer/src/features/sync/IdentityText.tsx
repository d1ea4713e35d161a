import { useIntl } from 'react-intl';
import type { Identity } from '../../../../shared/identity/identity';
import { UserText } from '../../ui/UserText';

/**
 * "Dana (Israel, note-taker)" in the reader's language, the name isolated (it is the user's own
 * text). The interface's counterpart of shared describeIdentity, which stays English for the
 * files and printouts that use it.
 */
export function IdentityText({ who, short = false }: { readonly who: Identity; readonly short?: boolean }) {
  const intl = useIntl();
  const name = () => <UserText text={who.name} />;
  return <>{intl.formatMessage({ id: short ? 'data.editorName' : 'data.identity' }, { name, delegation: who.delegation, role: who.role })}</>;
}
