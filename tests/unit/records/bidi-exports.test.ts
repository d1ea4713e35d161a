import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from 'lib0/string';
import { guardFormula, planCsv } from '../../../shared/records/csv';
import { planDocx } from '../../../shared/records/docx';
import { planMarkdownText } from '../../../shared/records/markdown';
import { FSI, PDI, isolate } from '../../../shared/text/bidi';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { setActionDue } from '../../../shared/workspace/action-edits';
import { addPerson, setLead } from '../../../shared/workspace/owners';
import { parseCsv } from '../support/csv-reader';
import { readDocx } from '../support/docx-reader';
import { recordFixture } from './record-fixture';

/** An Israeli lead with a Hebrew name beside an English institution: the cell a reader misreads first. */
const LEAD = `${isolate('INCD')} (${isolate('רונית כהן')})`;
const EARLY_TITLE = 'הכנה לפני החתימה: AI Center';

function fixtureWithEarlyAction() {
  const fixture = recordFixture();
  const early = addAction(fixture.doc, { title: EARLY_TITLE, tier: 'existing-authority' });
  setActionDue(fixture.doc, early, { kind: 'date', date: '1999-01-01' }, new Map());
  setActionStatus(fixture.doc, early, 'agreed');
  const person = addPerson(fixture.doc, { name: 'Ronit Cohen', institution: 'il-incd' });
  setLead(fixture.doc, { kind: 'action', id: early }, 'israel', 'il-incd', person);
  return fixture;
}

describe('exports keep mixed-direction text in order', () => {
  it('isolates the user\'s words a cell combines, in CSV, Markdown and DOCX alike', async () => {
    const plan = recordFixture().record('plan');
    const csv = parseCsv(decodeUtf8(planCsv(plan)).slice(1));
    expect(csv.some((row) => row.includes(LEAD))).toBe(true);
    expect(planMarkdownText(plan)).toContain(`| ${LEAD} |`);
    const { tables } = readDocx(await planDocx(plan));
    expect(tables.flat(2)).toContain(LEAD);
  });

  it('lays a DOCX cell out right to left when its first words are Hebrew, even all isolated', async () => {
    const fixture = fixtureWithEarlyAction();
    const { xml } = readDocx(await planDocx(fixture.record('plan')));
    // The Hebrew title's paragraph is bidirectional; the English-led lead cell of the same row is not.
    expect(xml).toMatch(new RegExp(`<w:bidi/>[\\s\\S]{0,400}<w:rtl/>[\\s\\S]{0,200}${EARLY_TITLE.slice(0, 5)}`));
    expect(xml).not.toMatch(new RegExp(`<w:rtl/>[\\s\\S]{0,200}${FSI}INCD`));
  });

  it('says a date before signing is one, in every format, and keeps it in the 90-day plan', () => {
    const fixture = fixtureWithEarlyAction();
    const row = fixture.record('ninety-day').sections.flatMap((section) => section.rows).find((entry) => entry.title === EARLY_TITLE);
    expect(row?.due).toBe('1999-01-01, due before Compact signing');
    expect(row?.due).not.toMatch(/overdue/);
  });

  it('guards a formula that hides behind an isolate mark', () => {
    expect(guardFormula(`${FSI}=HYPERLINK("x")${PDI} (a)`)).toBe(`'${FSI}=HYPERLINK("x")${PDI} (a)`);
    expect(guardFormula(`${FSI}NIST${PDI}`)).toBe(`${FSI}NIST${PDI}`);
  });
});
