import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { formattingLocale, LANGUAGES, resolveLanguage, type Language, type LanguageChoice } from './languages';
import { MESSAGES, type MessageId } from './messages';

interface LanguageState {
  readonly choice: LanguageChoice;
  readonly language: Language;
  /** The language the system asks for (what "System" means on this laptop). */
  readonly system: Language;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly choose: (choice: LanguageChoice) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Where the choice is kept (the shell passes the per-laptop preferences; tests pass their own). */
export interface LanguageMemory {
  readonly initial: LanguageChoice;
  readonly remember: (choice: LanguageChoice) => void;
}

/**
 * The interface's language: the page's `lang` and `dir` follow it (so the whole layout mirrors
 * in Hebrew through logical CSS properties), messages come from its file, and dates and numbers
 * are formatted in the system's regional form of it.
 */
export function I18nProvider({ memory, children }: { readonly memory: LanguageMemory; readonly children: ReactNode }) {
  const [choice, setChoice] = useState<LanguageChoice>(memory.initial);
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  const language = resolveLanguage(choice, preferred);
  const system = resolveLanguage('system', preferred);
  const locale = formattingLocale(language, preferred);
  const { dir } = LANGUAGES[language];
  const { remember } = memory;
  const choose = useCallback((next: LanguageChoice) => {
    setChoice(next);
    remember(next);
  }, [remember]);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = dir;
  }, [locale, dir]);
  const state = useMemo(() => ({ choice, language, system, locale, dir, choose }), [choice, language, system, locale, dir, choose]);
  return (
    <LanguageContext.Provider value={state}>
      <IntlProvider locale={locale} messages={MESSAGES[language]} defaultLocale="en-US">{children}</IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs an I18nProvider above it.');
  return state;
}

export type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

/** `t(id, values)`: a message of the interface's language, ids checked by the compiler. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}
