import { useId, useState } from 'react';
import { MAX_COMMENT_LENGTH } from '../../../../shared/workspace/agreement/comments';
import { useCommands } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';
import { MentionTextarea } from './MentionTextarea';

const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The new-comment box under a thread: Ctrl/⌘+Enter or the button sends; over the cap, it says so and does not. */
export function Composer({ item }: { readonly item: string }) {
  const t = useT();
  const commands = useCommands();
  const noteId = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = text.length > MAX_COMMENT_LENGTH;
  const empty = text.trim() === '';
  const send = () => {
    if (empty || tooLong) return;
    if (commands.addComment(item, text, setProblem)) {
      setText('');
      setProblem(null);
    }
  };
  const near = !tooLong && text.length > MAX_COMMENT_LENGTH - 200;
  return (
    <div className="composer" data-testid="comment-composer">
      <MentionTextarea value={text} onChange={setText} onSubmit={send} label={t('discussion.composer.label')}
        placeholder={t('discussion.composer.placeholder')} describedBy={noteId} invalid={tooLong} />
      <div className="composer-footer">
        <span id={noteId} className={tooLong || problem ? 'composer-note error' : 'composer-note'} role={tooLong || problem ? 'alert' : undefined}>
          {tooLong ? t('discussion.composer.tooLong', { count: text.length, max: MAX_COMMENT_LENGTH })
            : problem ?? (near ? t('discussion.composer.remaining', { count: MAX_COMMENT_LENGTH - text.length }) : t('discussion.composer.hint', { keys: onMac() ? '⌘ Enter' : 'Ctrl+Enter' }))}
        </span>
        <button type="button" className="composer-send" onClick={send} disabled={empty || tooLong}>{t('discussion.composer.send')}</button>
      </div>
    </div>
  );
}
