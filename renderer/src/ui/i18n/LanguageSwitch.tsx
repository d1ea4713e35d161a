import { Languages } from 'lucide-react';
import { useId } from 'react';
import { isLanguageChoice, LANGUAGES, type Language } from './languages';
import { useLanguage, useT } from './I18nProvider';

/** Language of the interface: the system's by default, or one chosen here, at any time. */
export function LanguageSwitch() {
  const t = useT();
  const { choice, system, choose } = useLanguage();
  const id = useId();
  return (
    <div className="language-switch">
      <Languages aria-hidden="true" size={15} />
      <label htmlFor={id} className="visually-hidden">{t('language.label')}</label>
      <select id={id} value={choice} onChange={(event) => isLanguageChoice(event.target.value) && choose(event.target.value)}>
        <option value="system">{t('language.system', { language: LANGUAGES[system].name })}</option>
        {(Object.keys(LANGUAGES) as Language[]).map((language) => (
          <option key={language} value={language} lang={language}>{LANGUAGES[language].name}</option>
        ))}
      </select>
    </div>
  );
}
