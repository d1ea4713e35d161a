/**
 * The interface languages. The interface follows the laptop's system language by default and
 * can be set by hand; dates and numbers follow the system's own regional form when it is in the
 * same language (en-GB stays en-GB, he-IL stays he-IL), else the language's usual one.
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', locale: 'en-US' },
  he: { name: 'עברית', dir: 'rtl', locale: 'he-IL' },
} as const;

export type Language = keyof typeof LANGUAGES;
export type LanguageChoice = Language | 'system';

export function isLanguageChoice(value: string | null): value is LanguageChoice {
  return value === 'system' || (value !== null && Object.hasOwn(LANGUAGES, value));
}

/** The base language of a BCP 47 tag, with Hebrew's legacy code `iw` read as `he`. */
function baseOf(tag: string): string {
  const base = tag.split(/[-_]/)[0]!.toLowerCase();
  return base === 'iw' ? 'he' : base;
}

/** The first of the system's preferred languages that Tandem speaks, else English. */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = baseOf(tag);
    if (Object.hasOwn(LANGUAGES, base)) return base as Language;
  }
  return 'en';
}

export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  return choice === 'system' ? systemLanguage(preferred) : choice;
}

/**
 * The locale dates and numbers are written in: the system's own tag when it speaks `language`
 * (en-GB stays en-GB); English chosen on a system in another language takes the system's region
 * (a Hebrew laptop in Israel writing English gets en-IL: 31/12/2027, as the room writes it);
 * otherwise the language's usual form.
 */
export function formattingLocale(language: Language, preferred: readonly string[]): string {
  const canonical = (tag: string) => {
    try {
      return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? null;
    } catch {
      return null; // a malformed tag from the system
    }
  };
  const own = preferred.find((tag) => baseOf(tag) === language && /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})+$/.test(tag));
  const ownLocale = own ? canonical(own) : null;
  if (ownLocale) return ownLocale;
  const region = language === 'en' && preferred[0] ? /^[a-z]{2,3}[-_]([A-Z]{2})\b/.exec(preferred[0])?.[1] : undefined;
  return (region && canonical(`${language}-${region}`)) || LANGUAGES[language].locale;
}
