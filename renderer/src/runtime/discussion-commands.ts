import type * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { OperationError } from '../../../shared/workspace/actions';
import { addComment, editComment } from '../../../shared/workspace/agreement/comments';
import type { Refused } from './commands';

type Run = <T>(operation: (doc: Y.Doc) => T, refused?: Refused) => T | undefined;

export interface DiscussionCommandContext {
  readonly identity: Identity;
  /** commands.ts `run`: one LOCAL_ORIGIN transaction with the authors entry; observers refused. */
  readonly run: Run;
}

/**
 * Comment threads (shared/workspace/agreement/comments.ts). Observers read them and do not
 * comment: a comment is an edit of the workspace, and observers edit nothing (commands.ts).
 * The authors entry `run` writes beside the comment is what every peer's gate checks the author
 * against (comment-rules.ts), so an edit after a reload is written as the same person.
 * The operations' own refusals (an empty or too long text, someone else's comment) are guards the
 * Discussion section checks first; they reach `refused` as the operation's English sentence.
 */
export function createDiscussionCommands({ identity, run }: DiscussionCommandContext) {
  // A refusal is thrown before anything is written, so `run` writes no authors entry for it either.
  const wrote = (refused: Refused | undefined, operation: (doc: Y.Doc) => string | null) =>
    run((doc) => {
      const problem = operation(doc);
      if (problem) throw new OperationError(problem);
      return true;
    }, refused) ?? false;
  return {
    /** Adds a comment to `item`'s thread ("action:<id>", "decision:<id>"…); true when written. */
    addComment: (item: string, text: string, refused?: Refused) => wrote(refused, (doc) => addComment(doc, identity, item, text)),
    /** Rewrites one's own comment; true when written (or unchanged). */
    editComment: (key: string, text: string, refused?: Refused) => wrote(refused, (doc) => editComment(doc, identity, key, text)),
  };
}
