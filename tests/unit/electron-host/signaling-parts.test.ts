import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNAL_PORT, parseSignalArgs } from '../../../electron/host/signaling/cli-args';
import { DEFAULT_LIMITS } from '../../../electron/host/signaling/limits';
import { parseFrame } from '../../../electron/host/signaling/messages';
import { createTokenBucket } from '../../../electron/host/signaling/token-bucket';

describe('signaling frame parser', () => {
  it('accepts y-webrtc’s four messages, keeping only their known fields', () => {
    expect(parseFrame('{"type":"subscribe","topics":["a","b"]}', DEFAULT_LIMITS)).toEqual({ ok: true, message: { type: 'subscribe', topics: ['a', 'b'] } });
    expect(parseFrame('{"type":"publish","topic":"a","data":"x","clients":99}', DEFAULT_LIMITS)).toEqual({ ok: true, message: { type: 'publish', topic: 'a', data: 'x' } });
    expect(parseFrame('{"type":"ping","junk":1}', DEFAULT_LIMITS)).toEqual({ ok: true, message: { type: 'ping' } });
  });

  it('names the reason for each rejection and never throws', () => {
    const reason = (text: string) => {
      const result = parseFrame(text, { maxTopicLength: 3, maxTopicsPerConnection: 2 });
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('{')).toBe('malformed-json');
    expect(reason('"ping"')).toBe('invalid-message');
    expect(reason('{"type":"pong"}')).toBe('unknown-type');
    expect(reason('{"type":"subscribe","topics":["abcd"]}')).toBe('bad-topic');
    expect(reason('{"type":"subscribe","topics":["a","b","c"]}')).toBe('too-many-topics');
    expect(reason('{"type":"publish","topic":"abc","data":true}')).toBe('invalid-message');
  });
});

describe('token bucket', () => {
  it('allows a burst, then the refill rate, and never more than the burst after idling', () => {
    const bucket = createTokenBucket(10, 3, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(50)).toBe(false); // half a token
    expect(bucket.take(100)).toBe(true);
    const taken = [0, 0, 0, 0, 0].map(() => bucket.take(60_000)).filter(Boolean).length;
    expect(taken).toBe(3);
  });
});

describe('npm run signal arguments', () => {
  it('defaults to loopback on y-webrtc’s port', () => {
    expect(parseSignalArgs([])).toEqual({ host: '127.0.0.1', port: DEFAULT_SIGNAL_PORT, help: false });
    expect(parseSignalArgs(['--host', '192.168.1.20', '--port', '5000'])).toEqual({ host: '192.168.1.20', port: 5000, help: false });
    expect(parseSignalArgs(['--host', '::1']).host).toBe('::1');
  });

  it('says what is wrong with a bad argument', () => {
    expect(() => parseSignalArgs(['--port', '0'])).toThrow(/Invalid --port "0"/);
    expect(() => parseSignalArgs(['--port', '70000'])).toThrow(/Invalid --port/);
    expect(() => parseSignalArgs(['--port', '12ab'])).toThrow(/Invalid --port/);
    expect(() => parseSignalArgs(['--port', '1e3'])).toThrow(/Invalid --port/);
    expect(() => parseSignalArgs(['--host', 'laptop.local'])).toThrow(/Invalid --host "laptop.local"/);
    expect(() => parseSignalArgs(['--bogus'])).toThrow(/bogus/);
    expect(() => parseSignalArgs(['extra'])).toThrow();
  });
});
