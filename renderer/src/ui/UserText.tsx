import { dominantDirection } from '../../../shared/text/bidi';

/**
 * A user's words in an element of their own (<bdi>): isolated from the sentence or cell around
 * them, in the direction most of their letters read (shared/text/bidi.ts dominantDirection), so a
 * Hebrew title never reorders the English around it, nor an English sentence that opens with a
 * Hebrew name loses its final period to the far left. Text with no letters takes auto.
 */
export function UserText({ text, className }: { readonly text: string; readonly className?: string }) {
  return <bdi dir={dominantDirection(text) ?? 'auto'} className={className} data-user-text="">{text}</bdi>;
}
