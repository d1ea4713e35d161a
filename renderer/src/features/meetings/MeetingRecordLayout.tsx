import type { ReactNode } from 'react';
import { MEETING_RECORD_WORDS as WORDS, meetingRecordFootnote, type MeetingRecord } from '../../../../shared/records/meeting-record';
import type { MinutesBlock } from '../../../../shared/records/minutes-blocks';

/**
 * The meeting's record as printed pages (meeting-record.css): the draft mark, the header, attendance
 * by delegation, agenda, minutes, decisions with their plan changes, and action items. Page numbers
 * and the draft mark on every page come from the @page margin boxes. Each minutes block takes the
 * direction the record gives it (the editor's dir="auto"), so a Hebrew paragraph is set right to
 * left and aligned right, as in the meeting page. The record's words are the document's
 * (MEETING_RECORD_WORDS, one language for both delegations), not the interface's.
 */
/** The agenda table's column classes, by position (meeting-record.css sizes the number and minutes columns). */
const AGENDA_COLUMN_CLASSES: readonly (string | undefined)[] = ['col-num', undefined, undefined, 'col-min', undefined];

export function MeetingRecordLayout({ record }: { readonly record: MeetingRecord }) {
  return (
    <article className="meeting-record" aria-labelledby="meeting-record-title" data-testid="meeting-record">
      <header className="meeting-record-header">
        <p className="draft-mark" data-testid="draft-mark">{record.draftMark}</p>
        <h1 id="meeting-record-title" dir="auto">{record.title}</h1>
        <dl className="meeting-record-facts">
          {record.header.map((entry) => (
            <div key={entry.label}><dt>{entry.label}</dt><dd dir="auto">{entry.value}</dd></div>
          ))}
        </dl>
        <p className="meeting-record-note">{meetingRecordFootnote(record)}</p>
      </header>
      <Part title={WORDS.attendance}>
        <div className="record-attendance">
          {record.attendance.map((side) => (
            <section key={side.side} aria-label={side.label}>
              <h3>{side.label}</h3>
              {side.people.length === 0 ? <p className="empty">{WORDS.nobody}</p> : (
                <ul>{side.people.map((person, index) => (
                  <li key={index}><bdi>{person.name}</bdi>{person.detail && <span className="muted">, {person.detail}</span>}{person.chair && <strong> {WORDS.chair}</strong>}</li>
                ))}</ul>
              )}
            </section>
          ))}
        </div>
      </Part>
      <Part title={WORDS.agenda}>
        {record.agenda.length === 0 ? <p className="empty">{WORDS.noAgenda}</p> : (
          <table className="record-table">
            <thead><tr>{WORDS.agendaColumns.map((column, index) => <th key={column} scope="col" className={AGENDA_COLUMN_CLASSES[index]}>{column}</th>)}</tr></thead>
            <tbody>{record.agenda.map((item) => (
              <tr key={item.number}><td>{item.number}</td><td dir="auto">{item.title}</td><td dir="auto">{item.presenter ?? ''}</td><td>{item.minutes ?? ''}</td><td dir="auto">{item.links.join('; ')}</td></tr>
            ))}</tbody>
          </table>
        )}
      </Part>
      <Part title={WORDS.minutes}>
        {record.minutes.length === 0 ? <p className="empty">{WORDS.noMinutes}</p> : (
          <div className="record-minutes" data-testid="record-minutes">{record.minutes.map((block, index) => <Block key={index} block={block} />)}</div>
        )}
      </Part>
      <Part title={WORDS.decisions}>
        {record.decisions.length === 0 ? <p className="empty">{WORDS.noDecisions}</p> : (
          <ol className="record-decisions">{record.decisions.map((decision) => (
            <li key={decision.number}>
              <p dir={decision.rtl ? 'rtl' : 'ltr'}><strong>{decision.number}</strong> <bdi>{decision.text}</bdi></p>
              {decision.changes.length > 0 && <ul>{decision.changes.map((change, index) => <li key={index}>{WORDS.planChange} <bdi>{change}</bdi></li>)}</ul>}
              <p className="muted">{decision.applied}</p>
            </li>
          ))}</ol>
        )}
      </Part>
      <Part title={WORDS.actionItems}>
        {record.actionItems.length === 0 ? <p className="empty">{WORDS.noActionItems}</p> : (
          <table className="record-table">
            <thead><tr>{WORDS.actionItemColumns.map((column, index) => <th key={column} scope="col" className={index === 0 ? 'col-n' : undefined}>{column}</th>)}</tr></thead>
            <tbody>{record.actionItems.map((item, index) => (
              <tr key={index}><td>{item.decision}</td><td dir="auto">{item.title}</td><td>{item.usLead}</td><td>{item.israelLead}</td><td>{item.due}</td><td>{item.status}</td></tr>
            ))}</tbody>
          </table>
        )}
      </Part>
    </article>
  );
}

function Part({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return <section className="meeting-record-part" aria-label={title}><h2>{title}</h2>{children}</section>;
}

function Block({ block }: { readonly block: MinutesBlock }) {
  const dir = block.rtl ? 'rtl' : 'ltr';
  const runs = block.runs.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.code) node = <code>{node}</code>;
    if (run.strike) node = <s>{node}</s>;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={index}>{node}</span>;
  });
  if (block.kind === 'heading') return <h3 dir={dir} className="minutes-heading">{runs}</h3>;
  if (block.kind === 'item') {
    return <p dir={dir} className={`minutes-item depth-${Math.min(block.depth, 4)}`}><span className="marker">{block.marker}</span>{runs}</p>;
  }
  return <p dir={dir} className={block.kind === 'quote' ? 'minutes-quote' : block.kind === 'code' ? 'minutes-code' : undefined}>{runs}</p>;
}
