import { useMemo } from 'react';
import type { Identity } from '../../../../shared/identity/identity';
import { useT } from '../../ui/i18n/I18nProvider';
import { useLocale } from '../../ui/locale';

/** Who and when, in the interface's language: "Dana Levi (Israel, note-taker)", a stamp in the reader's locale. */
export function useAttribution() {
  const t = useT();
  const locale = useLocale();
  return useMemo(() => ({
    /** A stamp as local date and time; an unreadable one (from a peer) as it is. */
    when: (iso: string) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? iso : new Date(time).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    },
    who: (identity: Identity | null) => (identity
      ? t('plan.who', { name: identity.name, side: identity.delegation, role: identity.role })
      : t('plan.who.unknown')),
  }), [t, locale]);
}
