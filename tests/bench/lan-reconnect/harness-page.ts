import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { WebrtcProvider } from 'y-webrtc';
import type { Identity } from '../../../shared/identity/identity';
import { ShadowGate } from '../../../shared/sync/shadow-gate';
import { describeSyncProblem } from '../../../shared/sync/sync-problem';
import { recordAuthor } from '../../../shared/workspace/authors';
import { ROOT, actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { LanSync } from '../../../renderer/src/runtime/lan/lan-sync';
import { contentDigest, stateVectorKey } from './doc-digest';
import { makeOfflineEdits, type OfflineEditsResult } from './offline-edits';

/**
 * One laptop of tests/bench/lan-reconnect.bench.ts: a page in its own Chromium process, bundled
 * for the browser by the benchmark. It holds a workspace document (the app's root maps, the base
 * both sides shared), makes N offline edits, then connects with Tandem's LanSync (merging through
 * ShadowGate, as WorkspaceSession.mergeRemote does) or with raw y-webrtc, and notes when its
 * document reaches the expected merged state. Functions are on window.lanBench for page.evaluate.
 *
 * Not here: the app's IndexedDB persistence and its React views (the update writer, the derived
 * views): the figures are the sync layer's own.
 */
export type Mode = 'tandem' | 'raw';

export interface ConnectOptions {
  readonly url: string;
  readonly room: string;
  readonly passphrase: string;
  readonly expected: { readonly stateVector: string; readonly digest: string };
}

export interface Outcome {
  readonly converged: boolean;
  /** Date.now() when connect was called, when the peer connection opened, and when the state matched. */
  readonly startedAt: number;
  readonly openAt: number | null;
  readonly firstRemoteAt: number | null;
  readonly convergedAt: number | null;
  readonly stateVector: string;
  readonly digest: string;
  readonly problems: readonly string[];
  /** At the end: the connections' states, for a run that did not converge. */
  readonly detail: string;
  /** Data-channel messages received since connect. */
  readonly received: number;
  readonly timeline: readonly (readonly [number, string, number | string])[];
}

const IDENTITIES: readonly Identity[] = [
  { name: 'Avi Cohen', delegation: 'israel', role: 'note-taker' },
  { name: 'Jane Miller', delegation: 'us', role: 'delegate' },
];

let doc: Y.Doc;
let side: 0 | 1 = 0;
let mode: Mode = 'tandem';
let gate: ShadowGate | null = null;
let lan: LanSync | null = null;
let provider: WebrtcProvider | null = null;
let baseVector: Uint8Array = new Uint8Array();
type Tracking = { -readonly [K in keyof Outcome]: Outcome[K] } & { problems: string[] };
let outcome: Tracking | null = null;
let settle: (() => void) | null = null;
let gaveUp = false;
const traffic: string[] = [];

/**
 * What happened when, on this laptop, for TANDEM_BENCH_TIMELINE: the WebRTC handshake's steps,
 * data-channel sends and receipts (counted on RTCPeerConnection and RTCDataChannel themselves, so
 * the same for both modes), merges, updates, phases.
 * [Date.now(), event, bytes or detail].
 */
let timeline: [number, string, number | string][] = [];
/** Data-channel messages this laptop received (on a channel someone listens to) since connect. */
let received = 0;
const note = (event: string, detail: number | string = '') => timeline.push([Date.now(), event, detail]);
{
  const proto = RTCDataChannel.prototype;
  const send = proto.send as (this: RTCDataChannel, data: ArrayBufferView | ArrayBuffer | string | Blob) => void;
  proto.send = function (this: RTCDataChannel, data: ArrayBufferView | ArrayBuffer | string | Blob) {
    note('send', typeof data === 'string' ? data.length : data instanceof Blob ? data.size : data.byteLength);
    send.call(this, data);
  } as typeof proto.send;
  const pc = RTCPeerConnection.prototype;
  const setLocal = pc.setLocalDescription as (this: RTCPeerConnection, description?: RTCLocalSessionDescriptionInit) => Promise<void>;
  const setRemote = pc.setRemoteDescription as (this: RTCPeerConnection, description: RTCSessionDescriptionInit) => Promise<void>;
  const watched = new WeakSet<RTCPeerConnection>();
  pc.setLocalDescription = function (this: RTCPeerConnection, description?: RTCLocalSessionDescriptionInit) {
    note('set local description', description?.type ?? '');
    if (!watched.has(this)) {
      watched.add(this);
      this.addEventListener('icegatheringstatechange', () => note(`ICE gathering ${this.iceGatheringState}`));
      this.addEventListener('connectionstatechange', () => note(`connection ${this.connectionState}`));
      this.addEventListener('icecandidate', (event) => note('ICE candidate', event.candidate ? event.candidate.candidate.split(' ').slice(2, 8).join(' ') : 'end'));
    }
    return setLocal.call(this, description);
  } as typeof pc.setLocalDescription;
  pc.setRemoteDescription = function (this: RTCPeerConnection, description: RTCSessionDescriptionInit) {
    note('set remote description', description.type ?? '');
    return setRemote.call(this, description);
  } as typeof pc.setRemoteDescription;
  const onmessage = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
  Object.defineProperty(proto, 'onmessage', {
    configurable: true,
    get(this: RTCDataChannel) {
      return onmessage.get!.call(this);
    },
    set(this: RTCDataChannel, handler: ((event: MessageEvent) => void) | null) {
      onmessage.set!.call(this, handler && ((event: MessageEvent) => {
        received++;
        note('receive', event.data instanceof ArrayBuffer ? event.data.byteLength : String(event.data).length);
        handler.call(this, event);
      }));
    },
  });
}

const api = {
  /** A fresh workspace holding the shared base (seed + earlier actions), as after a past session. */
  setup(options: { mode: Mode; side: 0 | 1; base: string }): void {
    mode = options.mode;
    side = options.side;
    doc = createWorkspaceDoc();
    for (const name of Object.values(ROOT)) doc.getMap(name);
    Y.applyUpdate(doc, fromBase64(options.base));
    baseVector = Y.encodeStateVector(doc);
    // In the app the gate exists from the moment the workspace opens, mirroring every local edit.
    if (mode === 'tandem') gate = new ShadowGate(doc);
    recordAuthor(doc, IDENTITIES[side]!);
  },

  edit(count: number): OfflineEditsResult & { ms: number; bytes: number } {
    const started = performance.now();
    const result = makeOfflineEdits(doc, side, count, [...actionsMap(doc).keys()].sort());
    return { ...result, ms: performance.now() - started, bytes: Y.encodeStateAsUpdate(doc, baseVector).length };
  },

  exportState(): string {
    return toBase64(Y.encodeStateAsUpdate(doc));
  },

  /** Starts syncing and returns at once; `outcome` says when the state matched. */
  connect(options: ConnectOptions): number {
    const startedAt = Date.now();
    const current: Tracking = {
      converged: false, startedAt, openAt: null, firstRemoteAt: null, convergedAt: null, stateVector: '', digest: '', problems: [], detail: '', received: 0, timeline: [],
    };
    outcome = current;
    gaveUp = false;
    // Nothing edits the document after connect: every update from here on is a peer's.
    const check = () => {
      if (current.converged) return;
      current.firstRemoteAt ??= Date.now();
      if (stateVectorKey(doc) !== options.expected.stateVector) return;
      const at = Date.now();
      // The digest is the check, not part of the time: computed after the moment is noted.
      setTimeout(() => {
        if (current.converged || contentDigest(doc) !== options.expected.digest) return;
        current.converged = true;
        current.convergedAt = at;
        settle?.();
      }, 0);
    };
    doc.on('update', (update: Uint8Array) => {
      note('doc update', update.length);
      check();
    });
    timeline = [];
    received = 0;
    note('connect');
    if (mode === 'tandem') {
      const merge: ShadowGate['apply'] = (update, origin) => {
        note('merge start', update.length);
        const result = gate!.apply(update, origin);
        note('merge end', update.length);
        return result;
      };
      void LanSync.start({
        url: options.url,
        code: { room: options.room, passphrase: options.passphrase },
        doc,
        identity: IDENTITIES[side]!,
        merge,
        events: {
          onPhase: (phase) => {
            note(`phase ${phase}`);
            if ((phase === 'syncing' || phase === 'synced') && current.openAt === null) current.openAt = Date.now();
          },
          onPresence: () => {},
          onProblem: (words) => current.problems.push(describeSyncProblem(words)),
        },
      }).then((started) => {
        lan = started;
      });
    } else {
      provider = new WebrtcProvider(options.room, doc, {
        signaling: [options.url],
        password: options.passphrase,
        peerOpts: { config: { iceServers: [] } },
      });
      provider.on('peers', ({ added }: { added: string[] }) => {
        for (const id of added) {
          const conn = provider?.room?.webrtcConns.get(id);
          conn?.peer.once('connect', () => {
            note('phase open');
            if (current.openAt === null) current.openAt = Date.now();
          });
          // What went over the channel, for the detail of a run that did not converge.
          conn?.peer.on('data', (data: Uint8Array) => traffic.push(`in ${data.length}`));
          const send = conn?.peer.send.bind(conn.peer);
          if (conn && send) {
            conn.peer.send = (data: Uint8Array) => {
              try {
                send(data);
                traffic.push(`out ${data.length}`);
              } catch (error) {
                traffic.push(`out ${data.length} threw ${error instanceof Error ? error.message : String(error)}`);
                throw error;
              }
            };
          }
        }
      });
    }
    return startedAt;
  },

  /**
   * Waits until the state matched, or `timeoutMs` passed since connect, or (with `stallMs`) the
   * connection stalled: no peer connection open `stallMs` after connect, or open for `stallMs`
   * without a single message received. Raw y-webrtc does both when two laptops connect at once.
   */
  async outcome(timeoutMs: number, stallMs: number | null): Promise<Outcome> {
    const current = outcome!;
    if (!current.converged && !gaveUp) {
      await new Promise<void>((resolve) => {
        const timers = [setTimeout(resolve, Math.max(0, current.startedAt + timeoutMs - Date.now()))];
        if (stallMs !== null) {
          const stalled = () => (current.openAt === null ? Date.now() - current.startedAt >= stallMs : received === 0 && Date.now() - current.openAt >= stallMs);
          timers.push(setInterval(() => stalled() && resolve(), 250));
        }
        settle = () => {
          for (const timer of timers) clearTimeout(timer);
          resolve();
        };
      });
    }
    settle = null;
    return { ...current, received, stateVector: stateVectorKey(doc), digest: contentDigest(doc), detail: connectionDetail(), timeline };
  },

  /** Ends a wait in `outcome` now (the other laptop gave up). */
  giveUp(): void {
    gaveUp = true;
    settle?.();
  },

  stop(): void {
    lan?.stop();
    provider?.destroy();
    gate?.destroy();
    lan = null;
    provider = null;
    gate = null;
  },
};

function connectionDetail(): string {
  if (mode === 'tandem') return lan ? 'LanSync started' : 'LanSync not started';
  const conns = [...(provider?.room?.webrtcConns.values() ?? [])];
  const pc = (conn: (typeof conns)[number]) => (conn.peer as { _pc?: RTCPeerConnection })._pc;
  const sctp = conns.map((conn) => pc(conn)?.sctp?.maxMessageSize).join(',');
  return `traffic [${traffic.join(', ')}], sctp max message ${sctp}, ${conns.length} y-webrtc connection(s): ${conns
    .map((conn) => `connected ${conn.connected}, synced ${conn.synced}, signaling ${pc(conn)?.signalingState}, ice ${pc(conn)?.iceConnectionState}`)
    .join('; ')}`;
}

declare global {
  interface Window {
    lanBench: typeof api;
  }
}

window.lanBench = api;
