/**
 * The plan as Markdown (GitHub-flavoured tables), for minutes and e-mail. Cell text is escaped so
 * a title can never break its table or turn into markup: backslashes first, then pipes (a bare `|`
 * would start a new column), < and > become entities (renderers pass inline HTML through), and
 * line breaks become <br> (a newline would end the row). Titles come from peers: untrusted input.
 * @see https://github.github.com/gfm/#tables-extension-
 */
import { encodeUtf8 } from 'lib0/string';
import { EMPTY_SECTION_TEXT, RECORD_COLUMNS, recordDateLines, type PlanRecord } from './plan-record';

export function markdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .join('<br>');
}

/** Text outside tables (headings, date lines): markdown's own characters are escaped. */
function markdownText(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\r\n|\r|\n/g, ' ');
}

export function planMarkdownText(record: PlanRecord): string {
  const lines: string[] = [`# ${markdownText(record.title)}`, ''];
  for (const line of recordDateLines(record)) lines.push(`${markdownText(line)}  `);
  lines.push('');
  for (const section of record.sections) {
    lines.push(`## ${markdownText(section.label)}`, '');
    if (section.rows.length === 0) {
      lines.push(EMPTY_SECTION_TEXT, '');
      continue;
    }
    lines.push(`| ${RECORD_COLUMNS.map((column) => markdownCell(column.label)).join(' | ')} |`);
    lines.push(`|${RECORD_COLUMNS.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) {
      lines.push(`| ${RECORD_COLUMNS.map((column) => markdownCell(row[column.key])).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function planMarkdown(record: PlanRecord): Uint8Array {
  return encodeUtf8(planMarkdownText(record));
}
