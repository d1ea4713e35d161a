import { displayText } from '../../../../shared/compact/source-text';
import type { Passage } from '../../../../shared/compact/types';
import { useSections } from '../../state/use-compact';

/** A verbatim passage of the compact with the heading of the section it stands in. */
export function SourceQuote({ passage, label }: { readonly passage: Passage; readonly label?: string }) {
  const sections = useSections();
  const heading = sections.get(passage.section)?.heading ?? passage.section;
  return (
    <figure className="source">
      <blockquote dir="auto">{displayText(passage.quote)}</blockquote>
      <figcaption>{label ? `${label} · ` : ''}Source: {displayText(heading)}</figcaption>
    </figure>
  );
}

/** The same, folded: for lists where the quote backs an entry rather than being the entry. */
export function SourceDetails({ passage, summary = 'Source' }: { readonly passage: Passage; readonly summary?: string }) {
  return (
    <details className="source-details">
      <summary>{summary}</summary>
      <SourceQuote passage={passage} />
    </details>
  );
}
