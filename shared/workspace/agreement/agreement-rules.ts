import { ROOT } from '../schema';
import { type AuthorOfClient, commentEntryProblem } from './comment-rules';
import { parseSignOff } from './sign-offs';

/**
 * What the semantic gate (shared/sync/semantic-gate.ts) accepts under `signOffs` and `comments`:
 * - a sign-off is valid (parseSignOff: the signer is a member of the side signed for, never an
 *   observer; the fingerprint is that of the content carried), written by the client it names,
 *   and never rewritten: the history is append-only;
 * - a comment is valid and written by the client it names, as the person that client declared;
 *   a rewrite changes only its text and comes from a client declaring the same person
 *   (comment-rules.ts).
 */
export interface AgreementProblem {
  readonly rule: 'invalid-entry' | 'foreign-author';
  readonly reason: string;
}

/** `authorOf`: the identity behind a client id in the document as it would be after the update. */
export function agreementEntryProblem(root: string, old: unknown, now: unknown, writer: number | null, authorOf: AuthorOfClient): AgreementProblem | null {
  if (root === ROOT.signOffs) {
    if (old !== undefined) return { rule: 'invalid-entry', reason: 'a sign-off is never rewritten (its history is append-only)' };
    const parsed = parseSignOff(now);
    if (!parsed.ok) return { rule: 'invalid-entry', reason: parsed.problem };
    if (String(writer) !== parsed.signOff.client) return { rule: 'foreign-author', reason: `it names Yjs client ${parsed.signOff.client} but was written by client ${String(writer)}` };
    return null;
  }
  if (root === ROOT.comments) return commentEntryProblem(old, now, writer, authorOf);
  return null;
}
