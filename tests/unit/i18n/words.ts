/**
 * The plan's words as the interface says them, for unit tests of the views' text: the real
 * message files through react-intl's own formatter (no mock), in English or Hebrew.
 */
import { createIntl } from 'react-intl';
import { planWords, type PlanWords } from '../../../renderer/src/features/actions/use-plan-words';
import { MESSAGES, type MessageId } from '../../../renderer/src/ui/i18n/messages';
import type { Translate } from '../../../renderer/src/ui/i18n/I18nProvider';
import { formatDayInText } from '../../../shared/text/dates';

export function translator(language: 'en' | 'he' = 'en'): Translate {
  const locale = language === 'en' ? 'en-US' : 'he-IL';
  const intl = createIntl({ locale, messages: MESSAGES[language], defaultLocale: 'en-US' });
  return (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
}

export function wordsFor(language: 'en' | 'he' = 'en', day: (iso: string) => string = (iso) => iso): PlanWords {
  return planWords(translator(language), day);
}

export const hebrewDay = (iso: string) => formatDayInText(iso, 'he-IL');
