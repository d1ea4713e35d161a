/**
 * The minutes as the record prints them: the TipTap document in the meeting's Y.XmlFragment
 * (y-prosemirror's mapping: one Y.XmlElement per node, named as the node, Y.XmlText for text with
 * marks as formatting attributes), read into a flat list of blocks with styled runs. Lists become
 * items carrying their marker ("1.", "•") and depth, so the print layout and the Word writer lay
 * them out the same way without walking a tree. Each block's direction is the editor's dir="auto":
 * the first strong letter decides, so a Hebrew paragraph is right to left in every format.
 *
 * The fragment is untrusted (a peer may have written it): unknown nodes are read as paragraphs of
 * their text, unknown marks are dropped, and nothing here throws on an odd shape.
 */
import * as Y from 'yjs';

export interface MinutesRun {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly strike?: true;
  readonly code?: true;
}

export type MinutesBlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'code';

export interface MinutesBlock {
  readonly kind: MinutesBlockKind;
  /** Heading level 1..6 for headings; 0 otherwise. */
  readonly level: number;
  /** For list items: "1.", "2." or "•"; '' otherwise. */
  readonly marker: string;
  /** List nesting, 1 for a top-level item; 0 outside lists. */
  readonly depth: number;
  readonly rtl: boolean;
  readonly runs: readonly MinutesRun[];
}

/** Hebrew, Arabic, Syriac and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;

/** The direction dir="auto" gives `text`: that of its first strong letter (left to right if none). */
export function isRightToLeft(text: string): boolean {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return true;
    if (LETTER.test(char)) return false;
  }
  return false;
}

const TEXT_BLOCKS: Readonly<Record<string, MinutesBlockKind>> = { paragraph: 'paragraph', heading: 'heading', codeBlock: 'code' };

function runsOf(element: Y.XmlElement | Y.XmlFragment): MinutesRun[] {
  const runs: MinutesRun[] = [];
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert !== 'string' || op.insert === '') continue;
        const marks = op.attributes ?? {};
        runs.push({
          text: op.insert,
          ...(marks.bold !== undefined ? { bold: true } : {}),
          ...(marks.italic !== undefined ? { italic: true } : {}),
          ...(marks.strike !== undefined ? { strike: true } : {}),
          ...(marks.code !== undefined ? { code: true } : {}),
        });
      }
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') runs.push({ text: '\n' });
      else runs.push(...runsOf(child));
    }
  }
  return runs;
}

function block(kind: MinutesBlockKind, runs: MinutesRun[], extra: Partial<Pick<MinutesBlock, 'level' | 'marker' | 'depth'>> = {}): MinutesBlock {
  return { kind, level: extra.level ?? 0, marker: extra.marker ?? '', depth: extra.depth ?? 0, rtl: isRightToLeft(runs.map((run) => run.text).join('')), runs };
}

interface Context {
  readonly quote: boolean;
  readonly depth: number;
  readonly marker: string;
}

function read(node: Y.XmlElement, context: Context, out: MinutesBlock[]): void {
  const name = node.nodeName;
  if (name === 'bulletList' || name === 'orderedList') {
    const start = Number(node.getAttribute('start') ?? 1);
    let number = Number.isInteger(start) ? start : 1;
    for (const item of node.toArray()) {
      if (!(item instanceof Y.XmlElement)) continue;
      const marker = name === 'orderedList' ? `${number++}.` : '•';
      read(item, { ...context, depth: context.depth + 1, marker }, out);
    }
    return;
  }
  if (name === 'listItem' || name === 'blockquote') {
    let first = true;
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      // An item's marker goes on its first block; blocks after it continue the item unmarked.
      const inner = name === 'listItem' ? { ...context, marker: first ? context.marker : '' } : { ...context, quote: true };
      read(child, inner, out);
      first = false;
    }
    return;
  }
  if (name === 'horizontalRule') return;
  const runs = runsOf(node);
  if (context.depth > 0) {
    out.push(block('item', runs, { marker: context.marker, depth: context.depth }));
  } else if (context.quote) {
    out.push(block('quote', runs));
  } else if (name === 'heading') {
    const level = Number(node.getAttribute('level'));
    out.push(block('heading', runs, { level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3 }));
  } else {
    out.push(block(TEXT_BLOCKS[name] ?? 'paragraph', runs));
  }
}

/** The minutes' blocks in order; empty paragraphs (a note-taker's blank lines) are left out. */
export function minutesBlocks(fragment: Y.XmlFragment | null): readonly MinutesBlock[] {
  if (!fragment) return [];
  const out: MinutesBlock[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement) read(child, { quote: false, depth: 0, marker: '' }, out);
  }
  return out.filter((entry) => entry.runs.some((run) => run.text.trim() !== ''));
}

/** A block's plain text. */
export function blockText(entry: MinutesBlock): string {
  return entry.runs.map((run) => run.text).join('');
}
