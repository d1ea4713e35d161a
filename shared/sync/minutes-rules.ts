/**
 * The gate's rules for a meeting's minutes: rich text kept as a Y.XmlFragment (the field `minutes`
 * of a meeting record), edited by TipTap through its Yjs binding. The fragment is a tree of
 * elements and texts nested as deep as lists go, so its changes are judged here rather than as
 * record fields: every element must be a node the minutes editor has (MINUTES_NODES), with a
 * few short plain attributes, and no text may exceed the minutes' limit. Marks (bold, a link) are
 * formatting on the text and are rendered by the editor's own schema, which drops what it lacks.
 *
 * Cost: Yjs lists only the types that existed before a transaction as changed, so new content is
 * found under them: a container's children created by this transaction are checked with all they
 * hold. A keystroke checks one text.
 */
import * as Y from 'yjs';
import { MAX_MINUTES_CHARACTERS, MEETING_FIELDS } from '../workspace/meetings/meeting-schema';
import { ROOT } from '../workspace/schema';
import { placementOf, typeCreatedIn } from '../yjs/internals';
import type { AnyType } from '../yjs/structs';

/** The node types of the minutes editor (TipTap's StarterKit). */
export const MINUTES_NODES: ReadonlySet<string> = new Set([
  'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock', 'horizontalRule', 'hardBreak',
]);
const MAX_ATTRIBUTES = 12;
const MAX_ATTRIBUTE_LENGTH = 200;
const MAX_DEPTH = 40;

/** The meeting whose minutes hold `type` (the fragment itself or anything inside it), or null. */
export function minutesMeetingOf(doc: Y.Doc, type: AnyType): string | null {
  // Read from doc.share, never doc.getMap: typing a root the gate's shadow holds untyped would
  // replace the root object the transaction recorded as changed.
  const meetings = doc.share.get(ROOT.meetings);
  if (meetings === undefined) return null;
  for (let current: AnyType = type, place = placementOf(current); place !== null; current = place.parent, place = placementOf(current)) {
    if (place.key === MEETING_FIELDS.minutes && place.parent instanceof Y.Map && current instanceof Y.XmlFragment) {
      const record = placementOf(place.parent);
      return record !== null && record.parent === meetings ? record.key : null;
    }
  }
  return null;
}

function attributeProblem(element: Y.XmlElement): string | null {
  const attributes = Object.entries(element.getAttributes());
  if (attributes.length > MAX_ATTRIBUTES) return `a ${element.nodeName} has ${attributes.length} attributes`;
  for (const [name, value] of attributes) {
    if (name.length > 40) return `a ${element.nodeName} has an attribute named with ${name.length} characters`;
    const plain = value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && value.length <= MAX_ATTRIBUTE_LENGTH);
    if (!plain) return `the ${element.nodeName} attribute “${name.slice(0, 40)}” is not a short plain value`;
  }
  return null;
}

/** The problem with `node` and everything in it, or null. */
function nodeProblem(node: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return `the content is nested more than ${MAX_DEPTH} levels deep`;
  if (node instanceof Y.XmlText) return node.length > MAX_MINUTES_CHARACTERS ? `a text has ${node.length} characters (at most ${MAX_MINUTES_CHARACTERS})` : null;
  if (node instanceof Y.XmlElement) {
    if (!MINUTES_NODES.has(node.nodeName)) return `“${node.nodeName.slice(0, 40)}” is not something the minutes hold`;
    const problem = attributeProblem(node);
    if (problem) return problem;
    return childrenProblem(node, depth + 1, () => true);
  }
  return `the minutes hold ${node instanceof Y.AbstractType ? 'a shared type' : typeof node} where text or a paragraph belongs`;
}

function childrenProblem(container: Y.XmlFragment, depth: number, include: (child: AnyType) => boolean): string | null {
  for (const child of container.toArray()) {
    if (child instanceof Y.AbstractType && !include(child)) continue;
    const problem = nodeProblem(child, depth);
    if (problem) return problem;
  }
  return null;
}

/** How deep `type` sits below its minutes fragment (the fragment: 0). */
function depthOf(type: AnyType): number {
  let depth = 0;
  for (let current = type, place = placementOf(current); place !== null && place.key === null; current = place.parent, place = placementOf(current)) depth++;
  return depth;
}

/** The problem with a change the transaction made to `type`, part of a meeting's minutes, or null. */
export function minutesChangeProblem(type: AnyType, transaction: Y.Transaction): string | null {
  if (type instanceof Y.XmlText) return nodeProblem(type, 0);
  if (type instanceof Y.XmlElement) {
    if (!MINUTES_NODES.has(type.nodeName)) return `“${type.nodeName.slice(0, 40)}” is not something the minutes hold`;
    const problem = attributeProblem(type);
    if (problem) return problem;
  }
  if (type instanceof Y.XmlFragment) return childrenProblem(type, depthOf(type) + 1, (child) => typeCreatedIn(transaction, child));
  return 'the minutes hold a shared type that is not rich text';
}
