import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownCell, planMarkdownText } from '../../../shared/records/markdown';
import { RECORD_COLUMNS } from '../../../shared/records/plan-record';
import { FORMULA_TITLE, HEBREW_TITLE, PIPE_TITLE, recordFixture } from './record-fixture';

/** The cells of a GFM table row: split at pipes that no backslash escapes. */
function cells(line: string): string[] {
  return line.slice(2, -2).split(/(?<!\\) \| /);
}

describe('Markdown', () => {
  it('escapes pipes and backslashes, turns line breaks into <br> and inline HTML into text', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell('C:\\path|x')).toBe('C:\\\\path\\|x');
    expect(markdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(markdownCell('<script>x</script>')).toBe('&lt;script&gt;x&lt;/script&gt;');
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
  });

  it('never lets a cell end its row or open a column: no line break, every pipe escaped (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const cell = markdownCell(text);
        expect(cell).not.toMatch(/[\r\n]/);
        // A pipe is escaped when an odd number of backslashes stands before it.
        for (const match of cell.matchAll(/(\\*)\|/g)) expect(match[1]!.length % 2).toBe(1);
        expect(cell.replace(/<br>/g, '')).not.toMatch(/[<>]/);
      }),
    );
  });

  it('writes a heading, the dates and one table per tier whose rows keep their columns', () => {
    const { record } = recordFixture();
    const plan = record('plan');
    const text = planMarkdownText(plan);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# U.S.–Israel Strategic Technology Compact — Action plan');
    expect(text).toContain('Generated 2026-10-15 09:30 UTC  \nCompact signing: 2026-09-01  \n90-day window ends: 2026-11-30');
    for (const section of plan.sections) expect(lines).toContain(`## ${section.label}`);
    const rows = lines.filter((line) => line.startsWith('| ') && !line.startsWith('| # |') && !line.startsWith('| --- |'));
    expect(rows).toHaveLength(plan.actionCount);
    expect(rows.every((line) => cells(line).length === RECORD_COLUMNS.length)).toBe(true);
    const byTitle = new Map(rows.map((line) => [cells(line)[1], cells(line)]));
    expect(byTitle.get('Compute \\| data sharing')?.slice(2)).toEqual(['', 'None named', 'None named', '', 'Proposed', '2027-03-01', '']);
    expect(byTitle.get(HEBREW_TITLE)?.slice(3, 5)).toEqual(['NIST', '\u2068INCD\u2069 (\u2068רונית כהן\u2069)']);
    expect(byTitle.has(FORMULA_TITLE)).toBe(true);
    expect(text).not.toContain(PIPE_TITLE);
  });

  it('says so under a tier with no actions', () => {
    const text = planMarkdownText(recordFixture().record('ninety-day'));
    expect(text).toContain('## Requires appropriations or legislative support\n\nNo actions in this tier.\n');
  });
});
