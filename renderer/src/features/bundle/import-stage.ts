import type { ReactNode } from 'react';
import type { PreparedImport } from '../../../../shared/bundle/import-bundle';
import type { EnvelopeRead } from '../../../../shared/bundle/read-bundle';

/** Where an import is: one stage at a time, each shown by ImportPanel. */
export type ReadEnvelope = Extract<EnvelopeRead, { ok: true }>;

export type ImportStage =
  | { readonly kind: 'idle'; readonly message: string | null }
  | { readonly kind: 'busy'; readonly text: ReactNode }
  | { readonly kind: 'passphrase'; readonly name: string; readonly read: ReadEnvelope; readonly error: string | null }
  | { readonly kind: 'preview'; readonly name: string; readonly prepared: PreparedImport }
  | { readonly kind: 'done'; readonly text: ReactNode; readonly warning: string | null }
  | { readonly kind: 'failed'; readonly name: string; readonly reason: string };
