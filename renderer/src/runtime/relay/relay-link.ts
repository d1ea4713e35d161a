import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Identity } from '../../../../shared/identity/identity';
import type { SigningKey } from '../../../../shared/authorship/keys';
import type { JoinCode } from '../../../../shared/sync/join-code';
import { RemoteOrigin } from '../../../../shared/sync/remote-origin';
import type { RemoteApply } from '../../../../shared/sync/remote-update';
import { createRelayToken, relayDocumentName } from '../../../../shared/sync/relay-token';
import type { RelayPhase, RelayProblem } from '../../../../shared/sync/relay-status';

export type { RelayPhase, RelayProblem };

/**
 * A laptop's link to a relay (electron/host/relay/): Hocuspocus's provider, kept off the workspace.
 *
 *   workspace doc ──(every update but the relay's own)──► mirror doc ──provider──► relay
 *   workspace doc ◄──merge (ShadowGate, origin "the relay")── mirror doc ◄──provider── relay
 *
 * The provider applies what the relay sends to a mirror document, never to the workspace: each of
 * its updates is handed to `merge` (WorkspaceSession.mergeRemote, the gate every LAN peer's update
 * passes), with a RemoteOrigin of kind 'peer' labelled "the relay". A refused update stops the
 * link (the relay is then as paused as a LAN peer would be) and is reported; nothing reaches the
 * workspace. The relay is a peer, never trusted: it holds the same content every laptop holds.
 */
export interface RelayLinkOptions {
  readonly url: string;
  readonly code: JoinCode;
  readonly doc: Y.Doc;
  readonly merge: (update: Uint8Array, origin: RemoteOrigin) => RemoteApply;
  readonly key: SigningKey;
  readonly identity: Identity;
  /** A WebSocket constructor where the global one is missing (Node 20 in tests). */
  readonly WebSocketPolyfill?: unknown;
  readonly onPhase?: (phase: RelayPhase) => void;
  readonly onProblem?: (problem: RelayProblem) => void;
}

export interface RelayLink {
  readonly phase: RelayPhase;
  /** Resolves when the relay and this laptop hold the same state (the provider's "synced" with nothing unsent). */
  whenSynced(): Promise<void>;
  close(): void;
}

const LINK = Symbol('tandem:relay-link');

export function openRelayLink(options: RelayLinkOptions): RelayLink {
  const origin = new RemoteOrigin('peer', 'the relay');
  const mirror = new Y.Doc();
  Y.applyUpdate(mirror, Y.encodeStateAsUpdate(options.doc), LINK);
  let phase: RelayPhase = 'connecting';
  let closed = false;
  const waiting = new Set<() => void>();
  const setPhase = (next: RelayPhase): void => {
    // Paused stays paused (the link is cut); refused stays refused until the relay does serve this
    // laptop (the provider retries with the same token, so a refusal would otherwise read as "connecting").
    if (phase === next || phase === 'paused' || (phase === 'refused' && next !== 'synced' && next !== 'syncing')) return;
    phase = next;
    options.onPhase?.(next);
  };
  const settle = (): void => {
    if (phase !== 'synced') return;
    for (const resolve of waiting) resolve();
    waiting.clear();
  };

  const toMirror = (update: Uint8Array, from: unknown): void => {
    if (from !== origin) Y.applyUpdate(mirror, update, LINK);
  };
  options.doc.on('update', toMirror);

  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: relayDocumentName(options.code),
    document: mirror,
    token: () => createRelayToken(options.code, options.key, options.doc.clientID, options.identity),
    onAuthenticationFailed: () => {
      setPhase('refused');
      options.onProblem?.({ kind: 'refused' });
    },
    onStatus: ({ status }) => {
      if (status === 'disconnected' && !closed) setPhase('disconnected');
      if (status === 'connecting') setPhase('connecting');
    },
    onSynced: ({ state }) => {
      if (state) setPhase(provider.hasUnsyncedChanges ? 'syncing' : 'synced');
      settle();
    },
    onUnsyncedChanges: ({ number }) => {
      if (provider.isSynced) setPhase(number > 0 ? 'syncing' : 'synced');
      settle();
    },
  });
  provider.attach();

  const fromRelay = (update: Uint8Array, from: unknown): void => {
    if (from === LINK || phase === 'paused') return;
    const result = options.merge(update, origin);
    if (!result.ok) {
      setPhase('paused');
      options.onProblem?.({ kind: 'paused', reason: result.reason, rule: result.rule ?? null });
      provider.disconnect();
    }
  };
  mirror.on('update', fromRelay);

  return {
    get phase() {
      return phase;
    },
    whenSynced: () =>
      new Promise<void>((resolve) => {
        if (phase === 'synced') resolve();
        else waiting.add(resolve);
      }),
    close() {
      closed = true;
      options.doc.off('update', toMirror);
      mirror.off('update', fromRelay);
      provider.destroy();
      try {
        socket.destroy();
      } catch {
        // ws throws when closed before it opened: the socket is gone either way.
      }
      mirror.destroy();
      for (const resolve of waiting) resolve();
      waiting.clear();
    },
  };
}
