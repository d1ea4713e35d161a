/**
 * The reader's locale for dates: the interface's formatting locale (ui/i18n: the system's
 * regional form of the chosen language). Tests set the browser's locale (Playwright's `locale`
 * per context).
 */
import { useCallback } from 'react';
import { formatDayInText } from '../../../shared/text/dates';
import { useLanguage } from './i18n/I18nProvider';

export function useLocale(): string {
  return useLanguage().locale;
}

/**
 * An ISO day (or month) in the reader's locale, for a sentence: "Dec 31, 2027", "31 Dec 2027",
 * "31 בדצמ׳ 2027" (isolated, as it is right to left: shared/text/dates.ts formatDayInText).
 */
export function useFormatDay(): (iso: string) => string {
  const locale = useLocale();
  return useCallback((iso: string) => formatDayInText(iso, locale), [locale]);
}
