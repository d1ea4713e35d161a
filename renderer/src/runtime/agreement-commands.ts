import type * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { OperationError } from '../../../shared/workspace/actions';
import { actionItem, signOff, type AgreedContent, type SignOffState } from '../../../shared/workspace/agreement/sign-offs';
import type { Refused } from './commands';

type Run = <T>(operation: (doc: Y.Doc) => T, refused?: Refused) => T | undefined;

export interface AgreementCommandContext {
  readonly identity: Identity;
  /** commands.ts `run`: one LOCAL_ORIGIN transaction with the authors entry; observers refused. */
  readonly run: Run;
}

/**
 * Signing for one's own delegation (shared/workspace/agreement/sign-offs.ts), made beside the
 * plan's commands with the same `run`: one attributed transaction, refused for observers. The
 * side is always the signer's own delegation; `seen` is the content the panel showed, so a
 * signature never covers an edit that arrived after it was drawn (the model then says changed).
 */
export function createAgreementCommands({ identity, run }: AgreementCommandContext) {
  return {
    signAction: (id: string, state: SignOffState, seen: AgreedContent, reason: string | null, refused?: Refused): boolean =>
      run((doc) => {
        const problem = signOff(doc, identity, { item: actionItem(id), state, reason, content: seen });
        // Thrown inside the transaction, nothing was written: the sign-off is the transaction's only write.
        if (problem) throw new OperationError(problem);
        return true;
      }, refused) ?? false,
  };
}
