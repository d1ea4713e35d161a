import { displayText } from '../../../../shared/compact/source-text';
import type { Passage } from '../../../../shared/compact/types';
import { useSections } from '../../state/use-compact';
import { useT } from '../../ui/i18n/I18nProvider';

/** A verbatim passage of the compact with the heading of the section it stands in. */
export function SourceQuote({ passage, label }: { readonly passage: Passage; readonly label?: string }) {
  const sections = useSections();
  const heading = sections.get(passage.section)?.heading ?? passage.section;
  const t = useT();
  return (
    <figure className="source">
      <blockquote dir="auto">{displayText(passage.quote)}</blockquote>
      <figcaption>{label ? t('compact.sourceLabelled', { label, heading: displayText(heading) }) : t('compact.sourceOf', { heading: displayText(heading) })}</figcaption>
    </figure>
  );
}

/** The same, folded: for lists where the quote backs an entry rather than being the entry. */
export function SourceDetails({ passage, summary }: { readonly passage: Passage; readonly summary?: string }) {
  const t = useT();
  return (
    <details className="source-details">
      <summary>{summary ?? t('compact.source')}</summary>
      <SourceQuote passage={passage} />
    </details>
  );
}
