import { useCallback, useMemo } from 'react';
import type { Delegation } from '../../../../shared/identity/identity';
import type { AuditField, AuditSource } from '../../../../shared/review/audit';
import type { ConflictField } from '../../../../shared/review/fields';
import { formatInstant } from '../../../../shared/text/dates';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';

/** Who wrote something, as the trail and the inbox hold it. */
export type Writer = { readonly name: string; readonly delegation: Delegation } | null;

/** The words shared by the Review, Conflicts and Audit views, in the interface's language. */
export interface ReviewWords {
  readonly who: (who: Writer) => string;
  readonly time: (at: string | number | null) => string;
  readonly via: (via: AuditSource | null, label: string) => string;
  /** A field's name: an action's, a meeting's, or "created". */
  readonly field: (field: AuditField | ConflictField) => string;
  readonly source: (source: AuditSource) => string;
  readonly delegation: (delegation: Delegation) => string;
}

export function useReviewWords(): ReviewWords {
  const t = useT();
  const { locale } = useLanguage();
  const delegation = useCallback((side: Delegation) => t(`review.delegation.${side}`), [t]);
  const source = useCallback((from: AuditSource) => t(`review.source.${from}`), [t]);
  return useMemo(() => ({
    delegation,
    source,
    who: (who) => (who ? t('review.who', { name: who.name, delegation: delegation(who.delegation) }) : t('review.unknown')),
    // The interface's formatting locale, through the one formatter for instants (shared/text/dates.ts).
    time: (at) => (at === null ? t('review.timeUnknown') : formatInstant(new Date(at).getTime(), locale)),
    via: (via, label) => {
      if (via === null) return t('review.notInTrail');
      return label ? t('review.via', { source: source(via), label }) : source(via);
    },
    field: (field) => t(`review.field.${field}`),
  }), [t, locale, delegation, source]);
}
