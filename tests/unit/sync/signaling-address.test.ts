import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSignalingAddress } from '../../../shared/sync/signaling-address';

describe('session server address: accepted forms', () => {
  it.each([
    ['192.168.1.20:4444', 'ws://192.168.1.20:4444'],
    ['  192.168.1.20:4444  ', 'ws://192.168.1.20:4444'],
    ['ws://192.168.1.20:4444', 'ws://192.168.1.20:4444'],
    ['WS://192.168.1.20:4444', 'ws://192.168.1.20:4444'],
    ['ws://192.168.1.20:4444/', 'ws://192.168.1.20:4444'],
    ['192.168.1.20:4444/', 'ws://192.168.1.20:4444'],
    ['Laptop-7.local:4444', 'ws://laptop-7.local:4444'],
    ['localhost:1', 'ws://localhost:1'],
    ['127.0.0.1:04444', 'ws://127.0.0.1:4444'],
    ['10.0.0.5:4444', 'ws://10.0.0.5:4444'],
    ['172.16.3.4:4444', 'ws://172.16.3.4:4444'],
    ['172.31.255.1:4444', 'ws://172.31.255.1:4444'],
    ['169.254.10.20:4444', 'ws://169.254.10.20:4444'],
  ])('%s → %s', (input, url) => {
    expect(parseSignalingAddress(input)).toEqual({ ok: true, url });
  });
});

describe('session server address: refusals', () => {
  it.each([
    ['', 'Enter the address the host shows, such as 192.168.1.20:4444.'],
    ['   ', 'Enter the address the host shows, such as 192.168.1.20:4444.'],
    ['192.168.1.20', 'Add the port: 192.168.1.20:4444, for example.'],
    ['ws://laptop.local/', 'Add the port: laptop.local:4444, for example.'],
    ['[::1]', 'IPv6 addresses cannot be used for a session; use the host laptop’s IPv4 address (such as 192.168.1.20:4444).'],
    ['[::1]:4444', 'IPv6 addresses cannot be used for a session; use the host laptop’s IPv4 address (such as 192.168.1.20:4444).'],
    ['ws://[FD00::1]:65535/', 'IPv6 addresses cannot be used for a session; use the host laptop’s IPv4 address (such as 192.168.1.20:4444).'],
    ['wss://192.168.1.20:4444', 'Use a ws:// address; "wss://" is not one the session server speaks.'],
    ['http://192.168.1.20:4444', 'Use a ws:// address; "http://" is not one the session server speaks.'],
    ['ws://192.168.1.20:4444/room', 'An address is host and port only, such as 192.168.1.20:4444.'],
    ['192.168.1.20:4444?x=1', 'An address is host and port only, such as 192.168.1.20:4444.'],
    ['192.168.1.20:4444#x', 'An address is host and port only, such as 192.168.1.20:4444.'],
    ['ws://user@192.168.1.20:4444', 'An address is host and port only, such as 192.168.1.20:4444.'],
    ['192.168.1.20:4444//', 'An address is host and port only, such as 192.168.1.20:4444.'],
    ['8.8.8.8:4444', '8.8.8.8 is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.'],
    ['tandem-host.com:4444', 'tandem-host.com is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.'],
    ['laptop:4444', 'laptop is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.'],
    ['172.32.0.1:4444', '172.32.0.1 is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.'],
    ['192.0.2.1:4444', '192.0.2.1 is not an address on a local network. Use the address the host laptop shows (such as 192.168.1.20:4444): a session never reaches outside the room.'],
    ['192.168.1.20:0', '"0" is not a port (1–65535).'],
    ['192.168.1.20:70000', '"70000" is not a port (1–65535).'],
    ['192.168.1.20:65536', '"65536" is not a port (1–65535).'],
    ['192.168.1.20:', '"" is not a port (1–65535).'],
    ['192.168.1.20:-1', '"-1" is not a port (1–65535).'],
    ['192.168.1.20:44a', '"44a" is not a port (1–65535).'],
    ['192.168.1.20:123456', '"123456" is not a port (1–65535).'],
    ['bad_host:4444', '"bad_host" is not a host name or IP address.'],
    ['-leading.example:4444', '"-leading.example" is not a host name or IP address.'],
    ['a..b:4444', '"a..b" is not a host name or IP address.'],
    [':4444', '"" is not a host name or IP address.'],
    ['::1:4444', '"::1" is not a host name or IP address.'],
    ['xn--0:4444', '"xn--0" is not a host name or IP address.'],
    ['[::1]]:4444', 'IPv6 addresses cannot be used for a session; use the host laptop’s IPv4 address (such as 192.168.1.20:4444).'],
    ['host name:4444', '"host name" is not a host name or IP address.'],
    [`${'a'.repeat(64)}.example:4444`, `"${'a'.repeat(64)}.example" is not a host name or IP address.`],
  ])('%j: %s', (input, reason) => {
    expect(parseSignalingAddress(input)).toEqual({ ok: false, reason });
  });

  it('never throws, and what it accepts is always ws://host:port that reads back as itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const parsed = parseSignalingAddress(input);
        if (!parsed.ok) return;
        expect(parsed.url).toMatch(/^ws:\/\/[a-z0-9.\-[\]:]+:\d{1,5}$/);
        expect(parseSignalingAddress(parsed.url)).toEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['1.2.3:4444', '192.168.010.1:4444', '999.1.1.1:4444', '256.0.0.1:4444', '4444:4444', '0:4444', '0x7f:4444', 'laptop.1:4444', 'a.0x10:4444', '1.2.3.4.5:4444'])(
    'refuses %j: a numeric host that is not a plain dotted quad, which browsers would read as another address or not at all',
    (input) => {
      const host = input.slice(0, input.lastIndexOf(':'));
      expect(parseSignalingAddress(input)).toEqual({ ok: false, reason: `"${host}" is not a host name or IP address.` });
    },
  );

  it('names, in what it accepts, exactly the host a browser connects to (so the page policy entry matches the connection)', () => {
    const label = fc.stringMatching(/^(\d{1,4}|0x[0-9a-f]{0,3}|[a-z][a-z0-9-]{0,4}[a-z0-9]?)$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 65535 }), (labels, port) => {
        const parsed = parseSignalingAddress(`${labels.join('.')}:${port}`);
        if (!parsed.ok) return;
        // WHATWG URL parsing, as the renderer's WebSocket does it.
        expect(new URL(parsed.url).host).toBe(parsed.url.slice('ws://'.length));
      }),
      { numRuns: 3000 },
    );
  });
});
