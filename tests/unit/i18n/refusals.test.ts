import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';
import { refusalSayer, sayRefused, setRefusalWords } from '../../../renderer/src/runtime/refusal-words';
import { REFUSAL_IDS, type Refusal } from '../../../shared/text/refusal';
import { addAction, editActionTitle, MAX_TITLE_LENGTH, OperationError } from '../../../shared/workspace/actions';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { addMeeting } from '../../../shared/workspace/meetings/meetings';
import { addDependency } from '../../../shared/workspace/dependencies';
import { decisionApplyProblem } from '../../../shared/workspace/meetings/apply-decision';
import { addDecision } from '../../../shared/workspace/meetings/decisions';
import type { PlanChange } from '../../../shared/workspace/meetings/plan-changes';
import { isolate, partsOf } from '../../../shared/text/bidi';
import { DRAFT, ISRAEL, NOW, twoLaptopsWithMeeting } from '../meetings/meeting-fixtures';

const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The words the shell hands the runtime (shell/RefusalWords.tsx), from the real message files. */
function wordsIn(language: 'en' | 'he'): (refusal: Refusal) => string {
  const intl = createIntl({ locale: language === 'en' ? 'en-US' : 'he-IL', messages: MESSAGES[language], defaultLocale: 'en-US' });
  return refusalSayer((id, values) => intl.formatMessage({ id }, values));
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

  it('says a dependency cycle with each title quoted and isolated, the arrow pointing the way the language reads', () => {
    const doc = createWorkspaceDoc();
    const hebrew = addAction(doc, { title: 'הקמת מרכז AI' });
    const english = addAction(doc, { title: 'AI Center' });
    addDependency(doc, english, hebrew);
    const cycle = refusalOf(() => addDependency(doc, hebrew, english));
    setRefusalWords(wordsIn('en'));
    expect(sayRefused(cycle)).toBe(cycle.message);
    expect(partsOf(sayRefused(cycle)).filter((part) => part.kind === 'user').map((part) => part.text)).toEqual(['הקמת מרכז AI', 'AI Center', 'הקמת מרכז AI']);
    setRefusalWords(wordsIn('he'));
    expect(sayRefused(cycle)).toBe(`כך ייווצר מעגל: "${isolate('הקמת מרכז AI')}" ← "${isolate('AI Center')}" ← "${isolate('הקמת מרכז AI')}".`);
  });

  it('says a decision’s refused change with its number and the change’s own reason, in either language', () => {
    const { avi, meeting } = twoLaptopsWithMeeting();
    const cases: PlanChange[][] = [
      [{ op: 'create-action', title: 'Testbed charter', usLead: ISRAEL }],
      [{ op: 'create-action', title: 'Testbed charter' }, { op: 'set-status', action: 'no-such-action', status: 'done' }],
      [{ op: 'create-action', title: 'Testbed charter' }, { op: 'create-action', title: 'Testbed charter' }],
      [{ op: 'set-lead', action: DRAFT, side: 'us', institution: ISRAEL }],
    ];
    for (const changes of cases) {
      const decision = avi.edit((doc) => addDecision(doc, meeting, 'A decision', changes, NOW));
      const refused = decisionApplyProblem(avi.doc, decision, NOW);
      expect(refused?.refusal, refused?.message).toBeDefined();
      setRefusalWords(wordsIn('en'));
      expect(withoutIsolates(sayRefused(refused!))).toBe(refused!.message);
      setRefusalWords(wordsIn('he'));
      expect(sayRefused(refused!)).toMatch(/^שינוי \d/);
      expect(sayRefused(refused!)).not.toMatch(/Change|there is|institution|creates/);
    }
  });

  it('says a guard without an id in its English sentence', () => {
    setRefusalWords(wordsIn('he'));
    const error = refusalOf(() => editActionTitle(new Y.Doc(), 'no-such-action', 'A title'));
    expect(error.refusal).toBeUndefined();
    expect(sayRefused(error)).toBe(error.message);
  });
});
