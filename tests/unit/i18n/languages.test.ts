import { describe, expect, it } from 'vitest';
import { formattingLocale, isLanguageChoice, resolveLanguage, systemLanguage } from '../../../renderer/src/ui/i18n/languages';

describe('the interface language', () => {
  it('follows the first system language Tandem speaks, else English', () => {
    expect(systemLanguage(['he-IL', 'en-US'])).toBe('he');
    expect(systemLanguage(['fr-FR', 'he'])).toBe('he');
    expect(systemLanguage(['iw-IL'])).toBe('he');
    expect(systemLanguage(['en-GB'])).toBe('en');
    expect(systemLanguage(['fr-FR', 'de'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('is the chosen one when chosen, the system’s otherwise', () => {
    expect(resolveLanguage('en', ['he-IL'])).toBe('en');
    expect(resolveLanguage('he', ['en-US'])).toBe('he');
    expect(resolveLanguage('system', ['he-IL'])).toBe('he');
  });

  it('writes dates and numbers in the system’s regional form of that language', () => {
    expect(formattingLocale('en', ['en-GB'])).toBe('en-GB');
    expect(formattingLocale('en', ['he-IL', 'en-GB'])).toBe('en-GB');
    expect(formattingLocale('en', ['he-IL'])).toBe('en-IL');
    expect(formattingLocale('en', ['fr'])).toBe('en-US');
    expect(formattingLocale('he', ['he-IL'])).toBe('he-IL');
    expect(formattingLocale('he', ['en-US'])).toBe('he-IL');
    expect(formattingLocale('en', ['en'])).toBe('en-US');
  });

  it('takes only choices it knows from storage', () => {
    expect(isLanguageChoice('he')).toBe(true);
    expect(isLanguageChoice('system')).toBe(true);
    expect(isLanguageChoice('fr')).toBe(false);
    expect(isLanguageChoice('toString')).toBe(false);
    expect(isLanguageChoice(null)).toBe(false);
  });
});
