import en from './messages/en.json';
import he from './messages/he.json';
import type { Language } from './languages';

/** A message's id: the keys of the English file, which every other language's file must match. */
export type MessageId = keyof typeof en;

/**
 * The message files, ICU MessageFormat (plurals, select, placeholders), one flat object per
 * language that a translator edits as JSON. English is the reference: the test in
 * tests/unit/i18n/ checks every language has every id, with the same placeholders, and parses.
 */
export const MESSAGES: Record<Language, Record<MessageId, string>> = { en, he };
