import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { minutesFragment } from '../../../../shared/workspace/meetings/meeting-view';
import { useRuntime } from '../../ui/runtime-context';
import { caretUser, renderCaret, renderSelection } from './caret-render';
import { useSessionAwareness } from './use-awareness';
import { useT } from '../../ui/i18n/I18nProvider';

type Fragment = NonNullable<ReturnType<typeof minutesFragment>>;

/**
 * The minutes: TipTap bound to the meeting's Y.XmlFragment in the workspace document, so every
 * keystroke is a Yjs change that the writer stores and the gate, LAN, files and backups carry.
 * Undo is the binding's own (y-tiptap's UndoManager on this fragment, tracking this editor's
 * transactions only): Ctrl+Z takes back one's own typing, never a colleague's. StarterKit's own
 * history is off, since it would undo by document steps whoever made them. Every block gets
 * dir="auto", so a Hebrew paragraph runs right to left beside an English one.
 * While a LAN session is on, the other note-taker's caret and selection are drawn with their name.
 */
export function MinutesEditor({ fragment, readOnly }: { readonly fragment: Fragment; readonly readOnly: boolean }) {
  const { identity, session } = useRuntime();
  const awareness = useSessionAwareness();
  const t = useT();
  const editor = useEditor(
    {
      editable: !readOnly,
      injectCSS: false,
      textDirection: 'auto',
      // Not a React render per keystroke: the page around the editor does not change when one
      // types, and the toolbar follows only its buttons' states (useEditorState below).
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: { class: 'minutes-body', 'aria-label': t('meetings.minutes.label'), 'aria-multiline': 'true', role: 'textbox' } },
      extensions: [
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }),
        Collaboration.configure({ fragment }),
        ...(awareness
          ? [CollaborationCaret.configure({ provider: { awareness }, user: { ...caretUser(identity.name, session.doc.clientID) }, render: renderCaret, selectionRender: renderSelection })]
          : []),
      ],
    },
    [fragment, awareness, readOnly, t],
  );
  return (
    <div className="minutes">
      <MinutesToolbar editor={editor} readOnly={readOnly} />
      <EditorContent editor={editor} className="minutes-content" data-testid="minutes-editor" />
    </div>
  );
}

function MinutesToolbar({ editor, readOnly }: { readonly editor: Editor | null; readonly readOnly: boolean }) {
  const t = useT();
  // Re-renders only when a button's pressed state changes, not at every transaction.
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => current && ({
      heading: current.isActive('heading', { level: 3 }), bold: current.isActive('bold'), italic: current.isActive('italic'),
      bullets: current.isActive('bulletList'), numbers: current.isActive('orderedList'), quote: current.isActive('blockquote'),
    }),
  });
  if (!editor || readOnly || !active) return null;
  const tools: { label: string; title: string; active: boolean; run: () => void }[] = [
    { label: 'H', title: t('meetings.minutes.heading'), active: active.heading, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: 'B', title: t('meetings.minutes.bold'), active: active.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: 'I', title: t('meetings.minutes.italic'), active: active.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { label: '•', title: t('meetings.minutes.bullets'), active: active.bullets, run: () => editor.chain().focus().toggleBulletList().run() },
    { label: '1.', title: t('meetings.minutes.numbers'), active: active.numbers, run: () => editor.chain().focus().toggleOrderedList().run() },
    { label: '❝', title: t('meetings.minutes.quote'), active: active.quote, run: () => editor.chain().focus().toggleBlockquote().run() },
  ];
  return (
    <div className="minutes-toolbar" role="toolbar" aria-label={t('meetings.minutes.toolbar')}>
      {tools.map((tool) => (
        <button key={tool.title} type="button" className="tool" title={tool.title} aria-label={tool.title} aria-pressed={tool.active} onMouseDown={(event) => event.preventDefault()} onClick={tool.run}>
          {tool.label}
        </button>
      ))}
      <span className="minutes-hint">{t('meetings.minutes.hint')}</span>
    </div>
  );
}
