import type { Refusal } from '../../../shared/text/refusal';
import { OperationError } from '../../../shared/workspace/actions';

/**
 * How a refusal is said in the interface's language. The runtime lives outside React, so the
 * interface hands it its words (shell/RefusalWords.tsx sets them under the IntlProvider, again
 * at each change of language); until then, and for a refusal without an id (a guard no person
 * reaches from the interface), the English sentence is said.
 */
type SayRefusal = (refusal: Refusal) => string;

let say: SayRefusal | null = null;

export function setRefusalWords(next: SayRefusal | null): void {
  say = next;
}

/** A refusal as the interface says it. */
export function refusalText(refusal: Refusal, english: string): string {
  return say ? say(refusal) : english;
}

/** An operation's refusal as the interface says it. */
export function sayRefused(error: OperationError): string {
  return error.refusal ? refusalText(error.refusal, error.message) : error.message;
}

export const OBSERVER_REFUSAL: Refusal = { id: 'observer' };
export const OBSERVER_ENGLISH = 'Observers can see everything but edit nothing.';
