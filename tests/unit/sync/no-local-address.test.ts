import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_LOCAL_ADDRESS, offersNoAddress } from '../../../shared/sync/local-candidates';
import { PeerLink, type PeerLinkEvents } from '../../../renderer/src/runtime/lan/peer-link';

const SDP_HEAD = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n';
const WITH_HOST = `${SDP_HEAD}a=candidate:1 1 udp 2113937151 192.168.1.20 53211 typ host generation 0\r\n`;
const WITH_MDNS = `${SDP_HEAD}a=candidate:1 1 udp 2113937151 0d6e7a1c-5d3b-4c8e-9f1a-2b3c4d5e6f70.local 53211 typ host\r\n`;

/**
 * An RTCPeerConnection whose gathering completes with the SDP given: what Chromium does in a
 * page without camera/microphone permission on a network with no default route (no candidate).
 */
function fakePeerConnection(sdp: string): typeof RTCPeerConnection {
  return class {
    iceGatheringState = 'new';
    signalingState = 'stable';
    connectionState = 'new';
    localDescription: RTCSessionDescriptionInit | null = null;
    onconnectionstatechange: (() => void) | null = null;
    ondatachannel: (() => void) | null = null;
    createDataChannel() {
      return { readyState: 'connecting', close() {} };
    }
    async createOffer() {
      return { type: 'offer', sdp };
    }
    async createAnswer() {
      return { type: 'answer', sdp };
    }
    async setLocalDescription(description: RTCSessionDescriptionInit) {
      this.localDescription = description;
      this.iceGatheringState = 'complete';
    }
    async setRemoteDescription() {}
    addEventListener() {}
    removeEventListener() {}
    close() {}
  } as unknown as typeof RTCPeerConnection;
}

function events(): PeerLinkEvents & { closes: string[]; signals: RTCSessionDescriptionInit[] } {
  const closes: string[] = [];
  const signals: RTCSessionDescriptionInit[] = [];
  return { closes, signals, onSignal: (d) => signals.push(d), onOpen: () => {}, onMessage: () => {}, onClose: (r) => closes.push(r), onRejected: () => {} };
}

describe('a laptop that gathers no network address says so, with the cause and what to do', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('tells an SDP without candidates from one with a host or an mDNS candidate', () => {
    expect(offersNoAddress(SDP_HEAD)).toBe(true);
    expect(offersNoAddress(WITH_HOST)).toBe(false);
    expect(offersNoAddress(WITH_MDNS)).toBe(false);
  });

  it('the message names the browser’s hiding of local addresses and the ways out', () => {
    expect(NO_LOCAL_ADDRESS).toMatch(/^This laptop offered no network address to the other laptop: the browser/);
    expect(NO_LOCAL_ADDRESS).toMatch(/default route/);
    for (const remedy of ['router', 'gateway', 'desktop app', 'sync file']) expect(NO_LOCAL_ADDRESS).toContain(remedy);
  });

  it.each([true, false])('initiator %s: the description still goes out, then the link closes with that message at once', async (initiator) => {
    vi.stubGlobal('RTCPeerConnection', fakePeerConnection(SDP_HEAD));
    const seen = events();
    const link = new PeerLink(initiator, 'link-1', seen);
    if (!initiator) await link.accept({ type: 'offer', sdp: WITH_HOST });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.closes).toEqual([NO_LOCAL_ADDRESS]);
    expect(seen.signals).toEqual([{ type: initiator ? 'offer' : 'answer', sdp: SDP_HEAD }]);
  });

  it('a description with an address goes out as before', async () => {
    vi.stubGlobal('RTCPeerConnection', fakePeerConnection(WITH_HOST));
    const seen = events();
    const link = new PeerLink(true, 'link-2', seen);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.signals).toEqual([{ type: 'offer', sdp: WITH_HOST }]);
    expect(seen.closes).toEqual([]);
    link.close('done');
  });
});
