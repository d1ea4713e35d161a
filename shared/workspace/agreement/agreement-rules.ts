import { ROOT } from '../schema';
import { parseComment } from './comments';
import { parseSignOff } from './sign-offs';

/**
 * What the semantic gate (shared/sync/semantic-gate.ts) accepts under `signOffs` and `comments`:
 * - a sign-off is valid (parseSignOff: the signer is a member of the side signed for, never an
 *   observer; the fingerprint is that of the content carried), written by the client it names,
 *   and never rewritten: the history is append-only;
 * - a comment is valid, written by the client it names, and rewritten only by that client, for
 *   the same item and author.
 */
export interface AgreementProblem {
  readonly rule: 'invalid-entry' | 'foreign-author';
  readonly reason: string;
}

export function agreementEntryProblem(root: string, old: unknown, now: unknown, writer: number | null): AgreementProblem | null {
  if (root === ROOT.signOffs) {
    if (old !== undefined) return { rule: 'invalid-entry', reason: 'a sign-off is never rewritten (its history is append-only)' };
    const parsed = parseSignOff(now);
    if (!parsed.ok) return { rule: 'invalid-entry', reason: parsed.problem };
    if (String(writer) !== parsed.signOff.client) return { rule: 'foreign-author', reason: `it names Yjs client ${parsed.signOff.client} but was written by client ${String(writer)}` };
    return null;
  }
  if (root === ROOT.comments) {
    const parsed = parseComment(now);
    if (!parsed.ok) return { rule: 'invalid-entry', reason: parsed.problem };
    if (String(writer) !== parsed.comment.client) return { rule: 'foreign-author', reason: `it names Yjs client ${parsed.comment.client} but was written by client ${String(writer)}` };
    if (old !== undefined) {
      const was = parseComment(old);
      if (!was.ok) return { rule: 'invalid-entry', reason: 'it rewrites an entry that was not a comment' };
      if (was.comment.client !== parsed.comment.client) return { rule: 'foreign-author', reason: 'only its author may edit a comment' };
      if (was.comment.item !== parsed.comment.item || was.comment.at !== parsed.comment.at || was.comment.author.name !== parsed.comment.author.name) {
        return { rule: 'invalid-entry', reason: 'an edit changes only the text of a comment' };
      }
    }
    return null;
  }
  return null;
}
