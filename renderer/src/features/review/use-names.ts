import { useMemo } from 'react';
import type { Names, ValueWords } from '../../../../shared/review/field-format';
import { institutionName } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { useLanguage, useT, type Translate } from '../../ui/i18n/I18nProvider';
import { useFormatDay } from '../../ui/locale';

/**
 * Directory and action names for showing values in words, from the current views; an institution
 * by its label (institution-name.ts); the words around the values (statuses, tiers, "None") in the
 * interface's language.
 */
export function useNames(): Names {
  const institutions = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const actions = useTandemStore((state) => state.actions);
  const day = useFormatDay();
  const t = useT();
  const { locale } = useLanguage();
  return useMemo(() => {
    const words = valueWords(t, locale);
    const titles = new Map(actions.map((action) => [action.id, action.title]));
    return {
      institution: (id) => institutionName(institutions, id).label,
      person: (id) => people.get(id)?.name ?? id,
      action: (id) => titles.get(id) || id,
      day,
      words,
    };
  }, [institutions, people, actions, day, t, locale]);
}

/** formatValue's words from the message files (review area; statuses and tiers as the plan names them). */
export function valueWords(t: Translate, locale: string): ValueWords {
  const list = new Intl.ListFormat(locale, { type: 'unit' });
  return {
    none: t('review.value.none'),
    empty: t('review.value.empty'),
    notSequenced: t('plan.tier.none'),
    deleted: t('review.value.deleted'),
    notDeleted: t('review.value.notDeleted'),
    status: (status) => t(`plan.status.${status}`),
    tier: (tier) => t(`plan.tier.${tier}`),
    unknownStatus: (raw) => t('review.value.unknownStatus', { raw }),
    unknownTier: (raw) => t('review.value.unknownTier', { raw }),
    leadWithPerson: (institution, person) => t('review.value.leadWithPerson', { institution, person }),
    attendee: (who, side) => t('review.value.attendee', { who, side }),
    list: (items) => list.format(items),
  };
}
