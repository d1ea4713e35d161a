import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { GateRule } from '../../../shared/sync/semantic-gate';
import { describeSyncProblem, type SyncProblemWords } from '../../../shared/sync/sync-problem';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';
import type { Translate } from '../../../renderer/src/ui/i18n/I18nProvider';
import { gateReasonSentences, problemSentences } from '../../../renderer/src/features/sync/sync-problem-words';

const translator = (locale: string, messages: Record<string, string>): Translate => {
  const intl = createIntl({ locale, messages });
  return (id, values) => intl.formatMessage({ id }, values);
};
const english = translator('en-US', MESSAGES.en);
const hebrew = translator('he-IL', MESSAGES.he);
const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const HEBREW_LETTER = /[\u05d0-\u05ea]/;

const RULES: readonly GateRule[] = [
  'forgery', 'reserved-id', 'own-id', 'unknown-root', 'hard-delete', 'replaced-record', 'invalid-field', 'foreign-author', 'invalid-entry',
];
const DETAIL = 'The update from Dana erases the action “Joint AI testbed”.';
const pause = (direction: 'refused-from-peer' | 'refused-by-peer', rule: GateRule | null) =>
  ({ kind: 'paused', pause: { peer: 'דנה', clientId: 7, direction, rule, reason: DETAIL } }) as const;
const PROBLEMS: readonly SyncProblemWords[] = [
  { kind: 'wrongPassphrase' },
  { kind: 'peerUnreachable' },
  { kind: 'noLocalAddress' },
  { kind: 'serverUnreachable', address: '192.168.1.20:4444' },
  { kind: 'fromPeer', peer: 'Dana', detail: 'a hello with no identity' },
  { kind: 'rejoinFailed', address: '192.168.1.20:4444', detail: 'An observer cannot host a session.' },
  { kind: 'other', detail: 'WebSocket refused' },
];

describe('a LAN sync problem said in the interface language', () => {
  it('reads in English exactly as the English sentence kept for logs', () => {
    for (const words of PROBLEMS) expect(withoutIsolates(problemSentences(words, english).join(' '))).toBe(describeSyncProblem(words));
  });

  it('reads in Hebrew, with the English detail kept whole and isolated', () => {
    for (const words of PROBLEMS) {
      const said = problemSentences(words, hebrew).join(' ');
      expect(said).toMatch(HEBREW_LETTER);
      expect(said).not.toContain('Another laptop');
      if ('detail' in words) expect(said).toContain(`\u2068${words.detail}\u2069`);
    }
  });

  it('names the gate’s rule in plain words in both languages, then the check’s own sentence', () => {
    for (const rule of RULES) {
      const [enPause, enRule, enDetail] = problemSentences(pause('refused-from-peer', rule), english);
      expect(enPause).toContain('this laptop refused their update');
      expect(enRule).toMatch(/^(The update|A field|An entry)/);
      expect(withoutIsolates(enDetail!)).toBe(`The check said: ${DETAIL}`);
      const [hePause, heRule, heDetail] = problemSentences(pause('refused-from-peer', rule), hebrew);
      expect(hePause).toContain('המחשב הזה דחה עדכון שלהם');
      expect(heRule).toMatch(HEBREW_LETTER);
      expect(heRule).not.toBe(enRule);
      expect(heDetail).toContain(`\u2068${DETAIL}\u2069`);
    }
    // Every rule is said differently from every other.
    expect(new Set(RULES.map((rule) => gateReasonSentences(rule, DETAIL, hebrew)[0])).size).toBe(RULES.length);
  });

  it('says which laptop refused, and gives no rule when the peer refused ours', () => {
    const said = problemSentences(pause('refused-by-peer', null), hebrew);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('המחשב שלהם דחה עדכון מהמחשב הזה');
    expect(said[0]).toContain('\u2068דנה\u2069');
  });
});
