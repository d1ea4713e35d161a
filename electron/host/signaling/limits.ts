/**
 * The signaling server's limits. Every one bounds what a single client can make the server hold
 * or do, so that no frame or burst of frames from one laptop can take the session down for the
 * others. The defaults are sized from what y-webrtc actually sends (src/y-webrtc.js):
 * - on connect, one `subscribe` with every room, then one `announce` per room;
 * - per peer pair, an offer, an answer and a trickle of ICE candidates (tens of messages);
 * - a lib0 websocket `ping` every 15 s.
 */
export interface SignalingLimits {
  /**
   * Largest frame accepted, in bytes (ws `maxPayload`; a bigger frame closes that socket with
   * 1009 before it is buffered). An encrypted, base64'd SDP offer with its candidates is a few
   * KiB; 64 KiB leaves ten times that headroom while keeping the worst case per client small.
   */
  readonly maxFrameBytes: number;
  /** Longest topic (room) name, in UTF-16 units. Tandem's room names are short codes. */
  readonly maxTopicLength: number;
  /** Topics one connection may hold. Tandem joins one room per session; y-webrtc may hold a few. */
  readonly maxTopicsPerConnection: number;
  /**
   * Concurrent connections (open and upgrading). Two delegations of a few laptops each need
   * about a dozen; 64 bounds memory at 64 × maxFrameBytes of buffers while never refusing a
   * real session.
   */
  readonly maxConnections: number;
  /**
   * Connections from one address (one device). A laptop holds one per open workspace window;
   * 8 leaves room for tabs and reconnects while keeping one device to an eighth of the server,
   * so a flooding device cannot fill it, and newcomers from other addresses take the slots of
   * the address holding the most when it is full (fair-share.ts).
   */
  readonly maxConnectionsPerAddress: number;
  /**
   * Subscribers of one topic (room). Two delegations of a few laptops each are about a dozen;
   * at the cap a newcomer takes the place of a subscriber from the address holding the most
   * places in that room (fair-share.ts), so sockets parked in a room cannot keep a laptop out.
   */
  readonly maxSubscribersPerTopic: number;
  /**
   * A socket that holds no topic this long after it opened (or after it left its last topic) is
   * closed. y-webrtc subscribes in its first frame; a socket that only answers pings serves no
   * one and would otherwise hold a slot for ever. Must stay well under 10 s: it bounds how long
   * idle sockets from a newcomer's own address can keep it out.
   */
  readonly subscribeTimeoutMs: number;
  /**
   * Token bucket per connection: `burst` frames at once, refilled at `ratePerSecond`. A peer
   * joining a room of 10 sends well under 100 frames in its first second; a steady 20/s is far
   * above the ~1/s of a settled session. Frames beyond are dropped (not queued).
   */
  readonly ratePerSecond: number;
  readonly burst: number;
  /**
   * A ws ping goes out every interval; a peer that has not answered the previous ping by the
   * next one is terminated (so it is dead after 1–2 intervals). 30 s as in y-webrtc's own server;
   * a sleeping laptop's socket is gone within a minute and its topics are freed.
   */
  readonly pingIntervalMs: number;
}

export const DEFAULT_LIMITS: SignalingLimits = {
  maxFrameBytes: 64 * 1024,
  maxTopicLength: 256,
  maxTopicsPerConnection: 16,
  maxConnections: 64,
  maxConnectionsPerAddress: 8,
  maxSubscribersPerTopic: 24,
  subscribeTimeoutMs: 5_000,
  ratePerSecond: 20,
  burst: 100,
  pingIntervalMs: 30_000,
};
