import { describe, expect, it } from 'vitest';
import { formatDayInText } from '../../../shared/text/dates';
import { partsOf } from '../../../shared/text/bidi';
import { describeChange, type PlanChange } from '../../../shared/workspace/meetings/plan-changes';
import { planChangeWords } from '../../../renderer/src/features/meetings/change-words';
import { translator } from '../i18n/words';

/** A decision's plan changes in words, through the real message files in both languages. */
const TITLES: Record<string, string> = { a1: 'הקמת מרכז AI Center', a2: 'Quantum testbed' };
const INSTITUTIONS: Record<string, string> = { nsf: 'NSF', iia: 'רשות החדשנות' };
const wordsIn = (language: 'en' | 'he') => {
  const locale = language === 'en' ? 'en-US' : 'he-IL';
  return {
    t: translator(language),
    locale,
    formatDay: (iso: string) => formatDayInText(iso, locale),
    actionTitle: (id: string) => TITLES[id] ?? id,
    institutionName: (id: string) => INSTITUTIONS[id] ?? id,
  };
};
/** The line as read: each isolated part in [brackets], so the test sees what is isolated. */
const read = (line: string) => partsOf(line).map((part) => (part.kind === 'user' ? `[${part.text}]` : part.text)).join('');

const CHANGES: readonly PlanChange[] = [
  { op: 'create-action', title: 'Charter the testbed', tier: 'appropriations', usLead: 'nsf', israelLead: 'iia', due: '2027-01-15' },
  { op: 'create-action', title: 'Charter the testbed' },
  { op: 'set-status', action: 'a1', status: 'done' },
  { op: 'set-tier', action: 'a1', tier: null },
  { op: 'set-tier', action: 'a2', tier: 'existing-authority' },
  { op: 'set-lead', action: 'a1', side: 'israel', institution: 'iia' },
  { op: 'set-lead', action: 'a2', side: 'us', institution: null },
  { op: 'set-due', action: 'a2', due: '2027-03-01' },
  { op: 'set-due', action: 'a2', due: null },
];

describe('a plan change in words', () => {
  it('reads in English as the record describes it, with titles and names isolated', () => {
    const english = wordsIn('en');
    expect(read(planChangeWords(CHANGES[0]!, english))).toBe('Create action “[Charter the testbed]” (Appropriations, U.S. lead [NSF], Israel lead [רשות החדשנות], due Jan 15, 2027)');
    expect(read(planChangeWords(CHANGES[2]!, english))).toBe('Set status of “[הקמת מרכז AI Center]” to Done');
    expect(read(planChangeWords(CHANGES[6]!, english))).toBe('Remove the U.S. lead of “[Quantum testbed]”');
    // Without isolates the words are the record's own (shared describeChange), apart from the day's form.
    for (const change of CHANGES.slice(1, 7)) {
      const plain = partsOf(planChangeWords(change, english)).map((part) => part.text).join('');
      if (change.op === 'set-lead' && change.institution === null) continue;
      if (change.op === 'set-tier' && change.tier === null) continue;
      expect(plain).toBe(describeChange(change, english.actionTitle, english.institutionName));
    }
  });

  it('reads in Hebrew, with no English word of the interface left and the titles kept whole', () => {
    const hebrew = wordsIn('he');
    const lines = CHANGES.map((change) => planChangeWords(change, hebrew));
    expect(read(lines[2]!)).toBe('קביעת הסטטוס של „[הקמת מרכז AI Center]”: בוצעה');
    expect(read(lines[5]!)).toBe('קביעת המוביל הישראלי של „[הקמת מרכז AI Center]”: [רשות החדשנות]');
    expect(read(lines[0]!)).toMatch(/^יצירת פעולה „\[Charter the testbed\]” \(.+\)$/);
    for (const line of lines) {
      const interfaceWords = partsOf(line).filter((part) => part.kind !== 'user').map((part) => part.text).join('');
      expect(interfaceWords, line).not.toMatch(/[A-Za-z]/);
    }
  });
});
