import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';
import { sayRefused, setRefusalWords } from '../../../renderer/src/runtime/refusal-words';
import { REFUSAL_IDS, type Refusal } from '../../../shared/text/refusal';
import { addAction, editActionTitle, MAX_TITLE_LENGTH, OperationError } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { addMeeting } from '../../../shared/workspace/meetings/meetings';

/** The words the shell hands the runtime (shell/RefusalWords.tsx), from the real message files. */
function wordsIn(language: 'en' | 'he'): (refusal: Refusal) => string {
  const intl = createIntl({ locale: language === 'en' ? 'en-US' : 'he-IL', messages: MESSAGES[language], defaultLocale: 'en-US' });
  return (refusal) => intl.formatMessage({ id: `refusal.${refusal.id}` }, refusal.values);
}

function refusalOf(operation: () => unknown): OperationError {
  try {
    operation();
  } catch (error) {
    if (error instanceof OperationError) return error;
    throw error;
  }
  throw new Error('the operation was not refused');
}

describe('refusals in the interface’s language', () => {
  afterEach(() => setRefusalWords(null));

  it('every refusal id has its message, and every refusal message its id', () => {
    const ids = Object.keys(MESSAGES.en).filter((id) => id.startsWith('refusal.')).map((id) => id.slice('refusal.'.length));
    expect(ids.sort()).toEqual([...REFUSAL_IDS].sort());
  });

  it('says in English exactly the sentence the operation wrote, with its values', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Joint AI testbed' });
    setRefusalWords(wordsIn('en'));
    for (const error of [
      refusalOf(() => editActionTitle(doc, id, '   ')),
      refusalOf(() => editActionTitle(doc, id, 'x'.repeat(MAX_TITLE_LENGTH * 10))),
      refusalOf(() => addMeeting(doc, { title: ' ', startsAt: '2026-07-15T10:00', timeZone: 'Asia/Jerusalem', place: 'tel-aviv' })),
    ]) {
      expect(error.refusal).toBeDefined();
      expect(sayRefused(error)).toBe(error.message);
    }
  });

  it('says it in Hebrew once the interface speaks Hebrew, the numbers in the locale’s form', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Joint AI testbed' });
    setRefusalWords(wordsIn('he'));
    expect(sayRefused(refusalOf(() => editActionTitle(doc, id, 'x'.repeat(5_000))))).toBe('בכותרת מותרים עד 500 תווים; כאן יש 5,000.');
    expect(sayRefused(refusalOf(() => editActionTitle(doc, id, '')))).toBe('הכותרת לא יכולה להיות ריקה; הכותרת הקודמת נשמרה.');
  });

  it('says a guard without an id in its English sentence', () => {
    setRefusalWords(wordsIn('he'));
    const error = refusalOf(() => editActionTitle(new Y.Doc(), 'no-such-action', 'A title'));
    expect(error.refusal).toBeUndefined();
    expect(sayRefused(error)).toBe(error.message);
  });
});
