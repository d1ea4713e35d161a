import type { SavedFile } from '../../../../shared/host/host-api';
import { planCsv } from '../../../../shared/records/csv';
import { planMarkdown } from '../../../../shared/records/markdown';
import { recordFileName, type RecordScope } from '../../../../shared/records/plan-record';
import { buildWorkspaceExport, encodeWorkspaceExport } from '../../../../shared/records/workspace-json';
import { useTandemStore } from '../../state/store';
import type { WorkspaceRuntime } from '../../runtime/workspace-runtime';
import { todayIso } from '../../state/today';
import { planRecordOf } from './record-source';

export type RecordFormat = 'docx' | 'csv' | 'markdown';

const EXTENSIONS: Readonly<Record<RecordFormat, string>> = { docx: 'docx', csv: 'csv', markdown: 'md' };

/** Writes the plan in `format` through the host's export folder and reports where it went. */
export async function exportPlan(runtime: WorkspaceRuntime, format: RecordFormat, scope: RecordScope, now: Date = new Date()): Promise<SavedFile> {
  const record = planRecordOf(useTandemStore.getState(), scope, now);
  let bytes: Uint8Array;
  if (format === 'docx') {
    // The Word writer is large and needed only here: loaded on first use, not with the app.
    const { planDocx } = await import('../../../../shared/records/docx');
    bytes = await planDocx(record);
  } else {
    bytes = format === 'csv' ? planCsv(record) : planMarkdown(record);
  }
  return runtime.host.exportFile(recordFileName(scope, record.generatedAt, EXTENSIONS[format]), bytes);
}

/** The whole workspace as JSON: every derived record and the raw Yjs state. */
export async function exportWorkspaceJson(runtime: WorkspaceRuntime, now: Date = new Date()): Promise<SavedFile> {
  const file = buildWorkspaceExport(runtime.session.doc, {
    workspaceId: runtime.workspaceId,
    exportedAt: now,
    today: todayIso(now),
    exportedBy: runtime.identity,
  });
  return runtime.host.exportFile(`tandem-workspace-${file.exportedAt.slice(0, 10)}.json`, encodeWorkspaceExport(file));
}
