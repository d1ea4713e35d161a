import { NO_LOCAL_ADDRESS } from './local-candidates';
import { describePause, type PeerProblem } from './peer-session';

/**
 * What went wrong with LAN sync, as data the interface says in its own language
 * (`sync.problem.<kind>`, the gate's rule as `sync.rule.<rule>`), beside the English sentence
 * kept for logs and tests. A `detail` is the English words of a check or of the platform (a gate
 * reason naming its record and field, a WebSocket error): shown as they are, after the translated
 * sentence that says what happened and what to do.
 */
export type SyncProblemWords =
  | { readonly kind: 'paused'; readonly pause: PeerProblem }
  | { readonly kind: 'wrongPassphrase' }
  | { readonly kind: 'peerUnreachable' }
  | { readonly kind: 'noLocalAddress' }
  | { readonly kind: 'serverUnreachable'; readonly address: string }
  | { readonly kind: 'fromPeer'; readonly peer: string; readonly detail: string }
  | { readonly kind: 'rejoinFailed'; readonly address: string; readonly detail: string }
  | { readonly kind: 'other'; readonly detail: string };

export interface SyncProblem {
  /** The English sentence (describeSyncProblem): logs, and the interface when `words` is absent. */
  readonly message: string;
  readonly at: number;
  readonly words?: SyncProblemWords;
}

const WRONG_PASSPHRASE =
  'Another laptop in this room uses a different passphrase, so the two cannot connect. Check that both entered the same join code.';
const PEER_UNREACHABLE =
  'Another laptop in this session was found but could not be reached directly; the network may block laptop-to-laptop connections (guest Wi-Fi often does). Retrying.';

export function describeSyncProblem(words: SyncProblemWords): string {
  switch (words.kind) {
    case 'paused': return describePause(words.pause);
    case 'wrongPassphrase': return WRONG_PASSPHRASE;
    case 'peerUnreachable': return PEER_UNREACHABLE;
    case 'noLocalAddress': return NO_LOCAL_ADDRESS;
    case 'serverUnreachable': return `No connection to the session server at ${words.address}.`;
    case 'fromPeer': return `${words.peer} sent something this laptop could not use: ${words.detail}`;
    case 'rejoinFailed': return `Could not rejoin the session at ${words.address}: ${words.detail}`;
    case 'other': return `Sync ran into a problem: ${words.detail}`;
  }
}

/** The problem as the store keeps it: its words, their English sentence, and when. */
export function syncProblem(words: SyncProblemWords, at = Date.now()): SyncProblem {
  return { message: describeSyncProblem(words), at, words };
}
