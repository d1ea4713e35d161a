import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';
import { insertMention, matchMentions, mentionQueryAt, type MentionCandidate, type MentionQuery } from './mention-query';
import { useMentionCandidates } from './use-mention-candidates';

/**
 * A textarea that completes `@` mentions from a list under it (the ARIA combobox pattern: focus
 * stays in the textarea, ↑/↓ move through the people, Enter or Tab picks, Escape closes).
 * react-aria-components' Autocomplete filters a collection by a field's whole value; a mention
 * is one word at the caret inside free text, so the list is this small one. Ctrl/⌘+Enter submits.
 */
export function MentionTextarea({ value, onChange, onSubmit, onCancel, label, placeholder, autoFocus, describedBy, invalid }: {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: () => void;
  readonly onCancel?: () => void;
  readonly label: string;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}) {
  const t = useT();
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const candidates = useMentionCandidates();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (query ? matchMentions(candidates, query.query) : []), [candidates, query]);
  const open = query !== null && matches.length > 0;
  const follow = (text: string, caret: number) => {
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };
  const pick = (candidate: MentionCandidate) => {
    const element = area.current;
    if (!element || !query) return;
    const next = insertMention(value, query, element.selectionStart, candidate.name);
    onChange(next.text);
    setQuery(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        pick(matches[active] ?? matches[0]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="mention-field">
      <textarea ref={area} className="comment-input" value={value} rows={value.includes('\n') ? 4 : 2} aria-label={label} placeholder={placeholder}
        autoFocus={autoFocus} dir="auto" role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined} aria-describedby={describedBy} aria-invalid={invalid || undefined}
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown} />
      {open && (
        <ul id={listId} role="listbox" className="mention-list" aria-label={t('discussion.mention.list')}>
          {matches.map((candidate, index) => (
            <li key={candidate.name} id={`${listId}-${index}`} role="option" aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(candidate);
              }}>
              <span className={`avatar small side-${candidate.side ?? 'none'}`} aria-hidden="true">{candidate.name.charAt(0).toLocaleUpperCase()}</span>
              <bdi className="mention-name">{candidate.name}</bdi>
              {candidate.side && <span className="mention-detail">{t(`discussion.side.${candidate.side}`)}{candidate.detail ? ' · ' : ''}{candidate.detail && <bdi>{candidate.detail}</bdi>}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
