import type { SignalingLimits } from './limits';

/**
 * y-webrtc's signaling protocol (node_modules/y-webrtc/src/y-webrtc.js and lib0/websocket.js),
 * client to server. Each frame is one JSON object of text; nothing else is accepted:
 * - `subscribe` / `unsubscribe` { topics: string[] }: join or leave rooms;
 * - `publish` { topic, data }: relay `data` to the topic's other subscribers. `data` is the
 *   encrypted message as base64 (a room with a passphrase, as Tandem's always are) or an
 *   object (a room without one);
 * - `ping`: answered with { type: 'pong' } (lib0's keep-alive, separate from ws pings).
 */
export type SignalingMessage =
  | { readonly type: 'subscribe' | 'unsubscribe'; readonly topics: readonly string[] }
  | { readonly type: 'publish'; readonly topic: string; readonly data: string | object }
  | { readonly type: 'ping' };

export type DropReason =
  | 'binary-frame'
  | 'malformed-json'
  | 'invalid-message'
  | 'unknown-type'
  | 'bad-topic'
  | 'too-many-topics'
  | 'topic-full'
  | 'not-subscribed'
  | 'rate-limited'
  | 'oversized';

export type ParseResult =
  | { readonly ok: true; readonly message: SignalingMessage }
  | { readonly ok: false; readonly reason: DropReason; readonly detail: string };

type TopicLimits = Pick<SignalingLimits, 'maxTopicLength' | 'maxTopicsPerConnection'>;

/** Parses and checks one text frame. Never throws: every failure is a reason to drop the frame. */
export function parseFrame(text: string, limits: TopicLimits): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return drop('malformed-json', error instanceof Error ? error.message : String(error));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return drop('invalid-message', 'not a JSON object');
  const frame = value as Record<string, unknown>;
  switch (frame.type) {
    case 'subscribe':
    case 'unsubscribe':
      return parseTopics(frame.type, frame.topics, limits);
    case 'publish': {
      const topicProblem = checkTopic(frame.topic, limits);
      if (topicProblem) return drop('bad-topic', topicProblem);
      const data = frame.data;
      if (typeof data !== 'string' && (typeof data !== 'object' || data === null || Array.isArray(data))) {
        return drop('invalid-message', 'publish.data is neither a string nor an object');
      }
      if (typeof data !== 'string' && nestingDepth(data) > MAX_DATA_DEPTH) {
        return drop('invalid-message', `publish.data is nested deeper than ${MAX_DATA_DEPTH} levels`);
      }
      return { ok: true, message: { type: 'publish', topic: frame.topic as string, data } };
    }
    case 'ping':
      return { ok: true, message: { type: 'ping' } };
    default:
      return typeof frame.type === 'string'
        ? drop('unknown-type', `type "${frame.type.slice(0, 32)}"`)
        : drop('invalid-message', 'type is missing or not a string');
  }
}

function parseTopics(type: 'subscribe' | 'unsubscribe', topics: unknown, limits: TopicLimits): ParseResult {
  if (!Array.isArray(topics)) return drop('invalid-message', `${type}.topics is not an array`);
  // More than a connection may ever hold can only be abuse; the per-connection count is checked by the caller.
  if (topics.length > limits.maxTopicsPerConnection) return drop('too-many-topics', `${topics.length} topics in one frame`);
  for (const topic of topics) {
    const problem = checkTopic(topic, limits);
    if (problem) return drop('bad-topic', problem);
  }
  return { ok: true, message: { type, topics: topics as string[] } };
}

function checkTopic(topic: unknown, limits: TopicLimits): string | null {
  if (typeof topic !== 'string') return 'topic is not a string';
  if (topic.length === 0) return 'topic is empty';
  if (topic.length > limits.maxTopicLength) return `topic is ${topic.length} long (max ${limits.maxTopicLength})`;
  return null;
}

function drop(reason: DropReason, detail: string): ParseResult {
  return { ok: false, reason, detail };
}

/**
 * How deep `publish.data` may nest. Relaying re-serialises it, and JSON.stringify recurses: a
 * 60 KB frame nested 30,000 deep overflowed the stack and took the process down. y-webrtc's own
 * messages nest a few levels (and are one base64 string when the room has a passphrase).
 */
export const MAX_DATA_DEPTH = 32;

/** Depth of a JSON value, measured without recursion and stopping once past the limit. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DATA_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return deepest;
}
