import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { Delegation } from '../../../../shared/identity/identity';
import type { AgreementBadge } from '../../../../shared/workspace/agreement/plan-agreements';
import type { SideState } from '../../../../shared/workspace/agreement/sign-offs';
import { useLanguage, useT, type Translate } from '../../ui/i18n/I18nProvider';

export interface AgreementWords {
  readonly t: Translate;
  readonly side: (side: Delegation) => string;
  readonly state: (state: SideState) => string;
  readonly badge: (badge: AgreementBadge) => string;
  /** The same in a word or two, for a list row beside the title. */
  readonly badgeShort: (badge: AgreementBadge) => string;
  /** A sign-off's moment, in the reader's locale (date and time). */
  readonly when: (iso: string) => string;
  /** Names joined as the language joins a list ("A and B"). */
  readonly names: (names: readonly string[]) => string;
}

/** The agreement's words in the interface's language (messages agreement.*, plan.side.*). */
export function useAgreementWords(): AgreementWords {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLanguage();
  const when = useCallback((iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }), [intl]);
  return useMemo(() => ({
    t,
    side: (side: Delegation) => t(side === 'us' ? 'plan.side.us' : 'plan.side.israel'),
    state: (state: SideState) => t(`agreement.state.${state}`),
    badge: (badge: AgreementBadge) => t(`agreement.badge.${badge}`),
    badgeShort: (badge: AgreementBadge) => t(`agreement.badgeShort.${badge}`),
    when,
    names: (names: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names),
  }), [t, when, locale]);
}
