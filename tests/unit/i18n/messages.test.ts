import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../renderer/src/ui/i18n/languages';
import { AREAS, MESSAGES } from '../../../renderer/src/ui/i18n/messages';

/** The arguments a message takes (`{name}`, plurals, selects), with their kinds, sorted. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:text`);
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${TYPE[element.type]}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const languages = Object.keys(LANGUAGES) as Language[];
const english = MESSAGES.en;

describe('the message files', () => {
  it.each(languages)('%s has exactly the English ids', (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(languages)('%s: every message is ICU that parses, with the English message’s arguments', (language) => {
    const wrong: string[] = [];
    for (const [id, message] of Object.entries(MESSAGES[language])) {
      try {
        const own = [...argumentsOf(parse(message))].sort();
        const reference = [...argumentsOf(parse(english[id as keyof typeof english]))].sort();
        if (own.join() !== reference.join()) wrong.push(`${id}: ${own.join(' ')} instead of ${reference.join(' ')}`);
      } catch (error) {
        wrong.push(`${id}: ${(error as Error).message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(languages.filter((language) => language !== 'en'))('%s is translated: no message left in English beyond names and formats', (language) => {
    // Names of products and formats read the same in every language.
    // A pure format ("{name} ({delegation})", "<b>{window}</b> · {dates}") has no words to translate.
    // Rich-text tags (<b>…</b>) are markup, not words.
    const words = (message: string) => /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, '').replace(/<\/?[a-z]+>/gi, ''));
    const same = Object.entries(MESSAGES[language])
      .filter(([id, message]) => message === english[id as keyof typeof english] && words(message)).map(([id]) => id);
    // A decision's number (D2) is its name on screen and in the record, in both languages.
    expect(same).toEqual(['app.name', 'review.line.decision']);
  });

  it.each(Object.keys(AREAS))('area %s: every language has the same ids as English', (area) => {
    const files = AREAS[area as keyof typeof AREAS] as Record<Language, Record<string, string>>;
    for (const language of languages) expect(Object.keys(files[language]).sort()).toEqual(Object.keys(files.en).sort());
  });

  it('every id belongs to exactly one area', () => {
    const seen = new Map<string, string[]>();
    for (const [area, files] of Object.entries(AREAS)) {
      for (const id of Object.keys(files.en)) seen.set(id, [...(seen.get(id) ?? []), area]);
    }
    expect([...seen].filter(([, areas]) => areas.length > 1)).toEqual([]);
  });

  it('finds a dropped argument (the check can fail)', () => {
    expect([...argumentsOf(parse('Step {step} of {total}'))].sort()).toEqual(['step:text', 'total:text']);
    expect([...argumentsOf(parse('{count, plural, one {# deadline counts} other {# deadlines count}}'))]).toEqual(['count:plural']);
  });
});
