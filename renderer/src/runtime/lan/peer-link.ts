import { FrameEncoder } from '../../../../shared/sync/frame-format';
import { FrameReassembler } from '../../../../shared/sync/frame-reassembler';
import { NO_LOCAL_ADDRESS, offersNoAddress } from '../../../../shared/sync/local-candidates';
import { GatherWait } from './gather-wait';

/**
 * One WebRTC connection to one peer, carrying whole messages of any size.
 *
 * - No ICE server at all (`iceServers: []`): peers in one room reach each other on the LAN by
 *   their host candidates; nothing asks a STUN or TURN server outside the room.
 * - Offer and answer are sent once, with the candidates gathered (gathering finished, or host
 *   candidates in and a quiet spell after them, or 3 s passed: gather-wait.ts): two signaling
 *   messages per connection instead of a trickle of candidates.
 * - Messages are framed (shared/sync/frame-format.ts) into 16 KiB frames, because Chromium drops
 *   a data-channel message above 256 KiB without a word, and queued under backpressure: frames
 *   go out while the channel buffers less than 1 MiB, the rest when it drains, so a catch-up of
 *   many megabytes neither overflows the channel (which would close it) nor blocks the page.
 */
export interface PeerLinkEvents {
  /** Our offer or answer, for the signaling channel. */
  onSignal(description: RTCSessionDescriptionInit): void;
  onOpen(): void;
  onMessage(message: Uint8Array): void;
  onClose(reason: string): void;
  onRejected(reason: string): void;
}

const HIGH_WATER = 1024 * 1024;
const LOW_WATER = 256 * 1024;
/** A connection that has not opened by then is given up and tried again from an announce. */
export const OPEN_LIMIT_MS = 20_000;
export const NOT_OPENED = 'The connection did not open in time.';
const DISCONNECTED_LIMIT_MS = 5_000;

export class PeerLink {
  private readonly pc = new RTCPeerConnection({ iceServers: [], iceCandidatePoolSize: 0 });
  private channel: RTCDataChannel | null = null;
  private readonly encoder = new FrameEncoder();
  private readonly reassembler = new FrameReassembler();
  private readonly queue: Uint8Array[] = [];
  private closed = false;
  private readonly openTimer: ReturnType<typeof setTimeout>;
  private disconnectTimer: ReturnType<typeof setTimeout> | undefined;
  /** When a frame last arrived (or the channel opened), on performance.now()'s clock. */
  private lastHeard = 0;

  constructor(
    readonly initiator: boolean,
    /** The offering side's id for this connection (room-messages.ts). */
    readonly id: string,
    private readonly events: PeerLinkEvents,
  ) {
    this.openTimer = setTimeout(() => this.close(NOT_OPENED), OPEN_LIMIT_MS);
    this.pc.onconnectionstatechange = () => {
      const state = this.pc.connectionState;
      if (state === 'failed' || state === 'closed') this.close(`The connection ${state}.`);
      // ICE reports 'failed' only after about 30 s of silence; a link that stays 'disconnected'
      // this long is given up sooner, so the peers find each other again through an announce.
      clearTimeout(this.disconnectTimer);
      if (state === 'disconnected') this.disconnectTimer = setTimeout(() => this.close('The connection was lost.'), DISCONNECTED_LIMIT_MS);
    };
    if (initiator) {
      this.attach(this.pc.createDataChannel('tandem', { ordered: true }));
      void this.describe(() => this.pc.createOffer());
    } else {
      this.pc.ondatachannel = (event) => this.attach(event.channel);
    }
  }

  /** The other side's offer or answer. */
  async accept(description: RTCSessionDescriptionInit): Promise<void> {
    if (this.closed) return;
    try {
      await this.pc.setRemoteDescription(description);
      if (description.type === 'offer') await this.describe(() => this.pc.createAnswer());
    } catch (error) {
      this.close(`The other laptop's connection details were refused (${describe(error)}).`);
    }
  }

  /** Whether an answer is what this link waits for: an offering link that has not had one. */
  get awaitingAnswer(): boolean {
    return this.initiator && !this.closed && this.pc.signalingState === 'have-local-offer';
  }

  get isOpen(): boolean {
    return this.channel?.readyState === 'open';
  }

  /** Bytes waiting to go out: queued frames plus the channel's own buffer. */
  get pending(): number {
    let queued = 0;
    for (const frame of this.queue) queued += frame.length;
    return queued + (this.channel?.bufferedAmount ?? 0);
  }

  /** How long the open channel has carried nothing from the other side, in ms (0 while not open). */
  silentFor(now: number): number {
    return this.isOpen ? now - this.lastHeard : 0;
  }

  /**
   * Closes the data channel alone, for a page going away: unlike close(), it leaves the peer
   * connection to the page's teardown, so what was just sent (the presence removal) is not cut off
   * by an abort, and the other side's channel sees a close rather than waiting out ICE timeouts.
   */
  closeChannel(): void {
    this.channel?.close();
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    this.queue.push(...this.encoder.encode(message));
    this.pump();
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.openTimer);
    clearTimeout(this.disconnectTimer);
    this.queue.length = 0;
    this.channel?.close();
    this.pc.close();
    this.events.onClose(reason);
  }

  private async describe(create: () => Promise<RTCSessionDescriptionInit>): Promise<void> {
    try {
      await this.pc.setLocalDescription(await create());
      await this.gathered();
      if (this.closed || !this.pc.localDescription) return;
      const { type, sdp } = this.pc.localDescription;
      this.events.onSignal({ type, sdp });
      // Nothing to connect to: say why now rather than time out later (local-candidates.ts). The
      // description still goes out, so the other laptop learns of this link and reports its own cause.
      if (offersNoAddress(sdp)) this.close(NO_LOCAL_ADDRESS);
    } catch (error) {
      this.close(`The connection could not be set up (${describe(error)}).`);
    }
  }

  /** Until the description may go out with the candidates it has (gather-wait.ts says when). */
  private gathered(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const wait = new GatherWait(() => {
        this.pc.removeEventListener('icegatheringstatechange', state);
        this.pc.removeEventListener('icecandidate', candidate);
        resolve();
      });
      const state = () => {
        if (this.pc.iceGatheringState === 'complete') wait.complete();
      };
      const candidate = (event: RTCPeerConnectionIceEvent) => {
        if (event.candidate) wait.candidate();
      };
      this.pc.addEventListener('icegatheringstatechange', state);
      this.pc.addEventListener('icecandidate', candidate);
    });
  }

  private attach(channel: RTCDataChannel): void {
    this.channel = channel;
    channel.binaryType = 'arraybuffer';
    channel.bufferedAmountLowThreshold = LOW_WATER;
    let opened = false;
    const open = () => {
      if (opened || this.closed) return;
      opened = true;
      this.lastHeard = performance.now();
      clearTimeout(this.openTimer);
      this.events.onOpen();
      this.pump();
    };
    channel.onopen = open;
    channel.onbufferedamountlow = () => this.pump();
    channel.onclose = () => this.close('The other laptop closed the connection.');
    channel.onmessage = (event: MessageEvent<unknown>) => {
      this.lastHeard = performance.now();
      if (!(event.data instanceof ArrayBuffer)) return this.events.onRejected('A text message on the data channel.');
      const result = this.reassembler.accept(new Uint8Array(event.data), performance.now());
      if (result.kind === 'message') this.events.onMessage(result.message);
      else if (result.kind === 'rejected') this.events.onRejected(result.reason);
    };
    // The answering side may be handed a channel that is open already, whose 'open' event it then
    // never sees: its session would never start (no hello, no catch-up request), and it would stay
    // "syncing" for good while the other side thinks all is well.
    if (channel.readyState === 'open') queueMicrotask(open);
  }

  private pump(): void {
    const channel = this.channel;
    if (!channel || channel.readyState !== 'open') return;
    while (this.queue.length > 0 && channel.bufferedAmount < HIGH_WATER) {
      channel.send(this.queue.shift() as Uint8Array<ArrayBuffer>);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
