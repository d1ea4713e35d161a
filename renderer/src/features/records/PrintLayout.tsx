import { EMPTY_SECTION_TEXT, RECORD_COLUMNS, recordDateLines, type PlanRecord } from '../../../../shared/records/plan-record';
import { IsolatedText } from '../../ui/IsolatedText';

/**
 * The plan record as a printed page (records.css): title and dates, then one table per tier,
 * each tier from a new page, header rows repeated on every page a table runs onto, and rows never
 * split across pages. Cells take their direction from their text (Hebrew reads right to left).
 */
export function PrintLayout({ record }: { readonly record: PlanRecord }) {
  return (
    <article className="print-record" aria-labelledby="print-record-title" data-testid="print-layout">
      <header className="record-header">
        <h1 id="print-record-title">{record.title}</h1>
        <ul className="record-dates">
          {recordDateLines(record).map((line) => <li key={line} dir="auto"><IsolatedText text={line} /></li>)}
        </ul>
      </header>
      {record.sections.map((section) => (
        <section key={section.label} className="record-section" aria-label={section.label}>
          <h2>{section.label} <span className="count">({section.rows.length})</span></h2>
          {section.rows.length === 0 ? <p className="empty">{EMPTY_SECTION_TEXT}</p> : (
            <table className="record-table">
              <thead>
                <tr>{RECORD_COLUMNS.map((column) => <th key={column.key} scope="col" className={`col-${column.key}`}>{column.label}</th>)}</tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.id} data-action-id={row.id}>
                    {RECORD_COLUMNS.map((column) => <td key={column.key} dir="auto" className={`col-${column.key}`}><IsolatedText text={row[column.key]} /></td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
