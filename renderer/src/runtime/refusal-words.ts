import { isolate } from '../../../shared/text/bidi';
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

/** What formats one message of the interface (react-intl's formatMessage, narrowed). */
export type FormatMessage = (id: string, values?: Readonly<Record<string, string | number>>) => string;

/**
 * A refusal said by the messages `format` knows: `refusal.<id>` with its values; a wrapped reason
 * said first and handed in as `{reason}`; a chain of titles as `{chain}`, each title quoted and
 * isolated by `refusalPart.quoted`, each step joined by `refusalPart.chainStep` (the language
 * decides the quotes and which way the arrow points).
 */
export function refusalSayer(format: FormatMessage): SayRefusal {
  const sayOne = (refusal: Refusal): string => {
    const values: Record<string, string | number> = { ...refusal.values };
    if (refusal.reason) values.reason = sayOne(refusal.reason);
    if (refusal.chain && refusal.chain.length > 0) {
      const quoted = refusal.chain.map((title) => format('refusalPart.quoted', { title: isolate(title) }));
      values.chain = quoted.reduce((before, after) => format('refusalPart.chainStep', { before, after }));
    }
    return format(`refusal.${refusal.id}`, values);
  };
  return sayOne;
}

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
