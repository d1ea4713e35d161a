import { isolate } from '../../../../shared/text/bidi';
import type { PlanChange } from '../../../../shared/workspace/meetings/plan-changes';
import { useLanguage, useT, type Translate } from '../../ui/i18n/I18nProvider';
import { useFormatDay } from '../../ui/locale';
import { usePlanNames } from './plan-names';

/**
 * One line saying what a decision's plan change does, in the interface's language ("Set status of
 * “X” to Done" / "קביעת הסטטוס של „X”: בוצע"). Titles and names are isolated (FSI…PDI) so a
 * Hebrew title in an English line keeps its order; render the line with IsolatedText. Details of a
 * new action are joined by the locale's list form, never by concatenation. The record (PDF, DOCX)
 * keeps shared/ describeChange: it is one English document for both delegations.
 */
/** What the change words need: the messages, the locale (for lists), days and names. */
export interface PlanChangeWordsContext {
  readonly t: Translate;
  readonly locale: string;
  readonly formatDay: (iso: string) => string;
  readonly actionTitle: (id: string) => string;
  readonly institutionName: (id: string) => string;
}

export function planChangeWords(change: PlanChange, words: PlanChangeWordsContext): string {
  const { t } = words;
  const title = (id: string) => isolate(words.actionTitle(id));
  const name = (id: string) => isolate(words.institutionName(id));
  switch (change.op) {
    case 'create-action': {
      const details = [
        change.tier ? t(`plan.tier.short.${change.tier}`) : null,
        change.usLead ? t('meetings.change.detail.usLead', { name: name(change.usLead) }) : null,
        change.israelLead ? t('meetings.change.detail.israelLead', { name: name(change.israelLead) }) : null,
        change.due ? t('meetings.change.detail.due', { day: words.formatDay(change.due) }) : null,
      ].filter((part): part is string => part !== null);
      const newTitle = isolate(change.title);
      return details.length === 0
        ? t('meetings.change.create', { title: newTitle })
        : t('meetings.change.createWith', { title: newTitle, details: new Intl.ListFormat(words.locale, { type: 'unit' }).format(details) });
    }
    case 'set-status':
      return t('meetings.change.status', { title: title(change.action), status: t(`plan.status.${change.status}`) });
    case 'set-tier':
      return change.tier
        ? t('meetings.change.tier', { title: title(change.action), tier: t(`plan.tier.short.${change.tier}`) })
        : t('meetings.change.tierNone', { title: title(change.action) });
    case 'set-lead':
      return change.institution
        ? t('meetings.change.lead', { side: change.side, title: title(change.action), name: name(change.institution) })
        : t('meetings.change.leadNone', { side: change.side, title: title(change.action) });
    case 'set-due':
      return change.due
        ? t('meetings.change.due', { title: title(change.action), day: words.formatDay(change.due) })
        : t('meetings.change.dueNone', { title: title(change.action) });
  }
}

/** planChangeWords in the interface's language, naming this workspace's actions and institutions. */
export function usePlanChangeWords(): (change: PlanChange) => string {
  const t = useT();
  const { locale } = useLanguage();
  const formatDay = useFormatDay();
  const names = usePlanNames();
  return (change) => planChangeWords(change, { t, locale, formatDay, ...names });
}
