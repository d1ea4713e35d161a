import * as Y from 'yjs';
import { describeEncryption, describeScope, describeSender } from '../../../shared/bundle/describe';
import type { BundleEnvelope } from '../../../shared/bundle/format';
import { listsChanges, type ActionLine, type BundleSummary } from '../../../shared/bundle/summary';
import { describeIdentity } from '../../../shared/identity/identity';

/** The inspector's printout: the envelope, then what the file would change. Plain text, one fact a line. */
export function envelopeLines(fileName: string, envelope: BundleEnvelope): string[] {
  const body = envelope.payloadBytes + (envelope.encryption ? 16 : 0);
  return [
    `Tandem sync file ${fileName}`,
    `  format      ${envelope.format}`,
    `  workspace   ${envelope.workspace}`,
    `  sender      ${describeSender(envelope)}`,
    `  created     ${envelope.createdAt}`,
    `  carries     ${describeScope(envelope)}`,
    `  encrypted   ${describeEncryption(envelope)}`,
    `  size        ${bytes(envelope.fileBytes)} (payload ${bytes(envelope.payloadBytes)}, body ${bytes(body)})`,
    `  sha-256     ${envelope.sha256} (verified)`,
  ];
}

/** What the payload holds, read structurally (no document): items per writer and deletions. */
export function payloadLines(payload: Uint8Array): string[] {
  const { structs, ds } = Y.decodeUpdate(payload);
  const writers = new Set(structs.map((struct) => struct.id.client));
  let ranges = 0;
  for (const deletions of ds.clients.values()) ranges += deletions.length;
  return [`  payload     a Yjs V1 update: ${structs.length} item runs from ${writers.size} writer(s), ${ranges} deleted range(s)`];
}

export function summaryLines(summary: BundleSummary): string[] {
  const lines = ['', 'What it would change in a new workspace (the canonical seed alone):'];
  if (summary.waitsForMissing) {
    lines.push('  note: part of it continues changes that are not in the file; a workspace must hold those already, so that part is not listed');
  }
  if (summary.nothingNew) lines.push('  nothing: a new workspace already holds all of it');
  else if (!listsChanges(summary)) lines.push('  no visible change (bookkeeping only, such as who its writers are)');
  section(lines, 'actions added', summary.actionsAdded.map(action));
  section(lines, 'actions changed', summary.actionsChanged.map((line) => `${action(line)}: ${line.fields.join(', ')}`));
  section(lines, 'actions deleted', summary.actionsDeleted.map(action));
  section(lines, 'institutions added', summary.institutionsAdded.map((line) => `${line.name} [${line.id}]`));
  section(lines, 'people added', summary.peopleAdded.map((line) => `${line.name} [${line.id}]`));
  section(lines, 'anchor dates set or changed', summary.eventDatesChanged);
  section(lines, 'initiative owners changed', summary.initiativesChanged);
  const authors = summary.authors.map(describeIdentity);
  if (summary.unattributedWriters > 0) authors.push(`${summary.unattributedWriters} writer(s) with no recorded name`);
  section(lines, 'written by', authors);
  return lines;
}

function section(lines: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  lines.push(`  ${title} (${items.length}):`);
  for (const item of items) lines.push(`    - ${oneLine(item)}`);
}

function action(line: ActionLine): string {
  return `“${line.title}” [${line.id}]${line.by ? ` by ${describeIdentity(line.by)}` : ''}`;
}

/** Titles come from the file: control characters and line breaks must not forge extra report lines. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

function bytes(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`;
}
