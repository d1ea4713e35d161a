import { partsOf } from '../../../shared/text/bidi';
import { UserText } from './UserText';

/**
 * A message that may quote a user's words between FSI and PDI (shared/text/bidi.ts): each quoted
 * part is rendered in its own <bdi> (UserText), so a Hebrew title in an English sentence (or the
 * reverse) takes its own direction and the sentence keeps its order. Text without isolates is
 * rendered as it is.
 */
export function IsolatedText({ text }: { readonly text: string }) {
  return (
    <>
      {partsOf(text).map((part, index) =>
        part.kind === 'user' ? <UserText key={index} text={part.text} /> : <span key={index}>{part.text}</span>)}
    </>
  );
}
