/**
 * The reader's locale for dates: the laptop's language (navigator.language), followed when it
 * changes. Tandem has no language setting of its own yet; when the interface gets one (issue 13's
 * message files), this is the one place to read it from. Tests set the browser's locale
 * (Playwright's `locale` per context).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { formatDayInText } from '../../../shared/text/dates';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

const read = () => navigator.language || 'en-US';

export function useLocale(): string {
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * An ISO day (or month) in the reader's locale, for a sentence: "Dec 31, 2027", "31 Dec 2027",
 * "31 בדצמ׳ 2027" (isolated, as it is right to left: shared/text/dates.ts formatDayInText).
 */
export function useFormatDay(): (iso: string) => string {
  const locale = useLocale();
  return useCallback((iso: string) => formatDayInText(iso, locale), [locale]);
}
