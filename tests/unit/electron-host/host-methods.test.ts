import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArgs, checkResult, HostRefusal } from '../../../shared/host/host-calls';
import { HOST_CHANNELS, HOST_EVENTS, HOST_METHOD_NAMES, HOST_METHODS, isRouted, type ArgSlot } from '../../../shared/host/host-methods';
import { carriesBytes, decodeHttpArgs, encodeHttpCall, routedMethodAt, routeOf } from '../../../shared/host/http-wire';

/** The bridge's method table and its HTTP wire, on their own (no transport). */
describe('the host method table', () => {
  it('gives every method its own tandem: channel, apart from the events', () => {
    const channels = [...HOST_METHOD_NAMES.map((name) => HOST_METHODS[name].channel), ...Object.values(HOST_EVENTS)];
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((channel) => /^tandem:[a-z-]+$/.test(channel))).toBe(true);
    expect(HOST_CHANNELS).toMatchObject({ ...HOST_EVENTS, info: 'tandem:info', startHosting: 'tandem:start-hosting' });
    expect(Object.keys(HOST_CHANNELS)).toHaveLength(channels.length);
  });

  it('lets only the last argument be binary, and gives no routed method a binary answer (JSON cannot carry one)', () => {
    for (const name of HOST_METHOD_NAMES) {
      const slots: readonly ArgSlot[] = HOST_METHODS[name].args;
      expect(slots.slice(0, -1).some((slot) => slot.binary), name).toBe(false);
      if (isRouted(name)) expect(JSON.stringify(HOST_METHODS[name].result.shape.jsonSchema()), name).not.toContain('binary');
    }
  });

  it('routes exactly the routed methods, each at /host/<channel>', () => {
    for (const name of HOST_METHOD_NAMES) {
      const path = `/host/${HOST_METHODS[name].channel.slice('tandem:'.length)}`;
      expect(routedMethodAt(path), name).toBe(isRouted(name) ? name : null);
    }
    expect(routeOf('startHosting')).toBe('/host/start-hosting');
    expect(routedMethodAt('/host/constructor')).toBeNull();
    expect(routedMethodAt('/host/')).toBeNull();
  });
});

describe('checkArgs and checkResult', () => {
  it('names every problem with where it is', () => {
    const options = { filterName: 5, extensions: ['ok', 'not ok'], maxBytes: 0, extra: true };
    expect(() => checkArgs('openFileDialog', [options])).toThrow(
      new HostRefusal(
        'tandem:open-file-dialog: options.filterName: expected text, found number 5; ' +
          'options.extensions[1]: the text "not ok" is not an extension of 1 to 16 letters and digits, without the dot; ' +
          'options.maxBytes: 0 is below the minimum 1; options.extra: is not a known field.',
      ),
    );
  });

  it('refuses a huge list by its length, before reading its entries', () => {
    const extensions = new Proxy(new Array<string>(1_000_000), {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error('an entry was read');
        return Reflect.get(target, key) as unknown;
      },
    });
    expect(() => checkArgs('openFileDialog', [{ filterName: 'x', extensions, maxBytes: 1 }])).toThrow(
      'options.extensions: needs 1 to 10 entries, has 1000000.',
    );
  });

  it('passes a good call through as it is', () => {
    const bytes = new Uint8Array([1]);
    const args = checkArgs('exportFile', ['', bytes]);
    expect(args[0]).toBe('');
    expect(args[1]).toBe(bytes);
  });

  it('checks answers: a closed shape, null-or where declared, and nothing as undefined', () => {
    expect(checkResult('stopHosting', null)).toBeUndefined();
    expect(checkResult('stopHosting', undefined)).toBeUndefined();
    expect(() => checkResult('stopHosting', 0)).toThrow('tandem:stop-hosting: answer: expected nothing, found number 0.');
    expect(checkResult('hostingInfo', null)).toBeNull();
    expect(() => checkResult('hostingInfo', { url: 'ws://a:1', address: 'a', port: 1, pid: 7 })).toThrow(
      'tandem:hosting-info: answer.pid: is not a known field.',
    );
    expect(checkResult('openFileDialog', { kind: 'too-large', name: 'a.tandem', size: 9 })).toEqual({ kind: 'too-large', name: 'a.tandem', size: 9 });
    expect(() => checkResult('openFileDialog', { kind: 'read', name: 'a.tandem', bytes: [1] })).toThrow(
      'tandem:open-file-dialog: answer.bytes: expected binary data (a Uint8Array), found a list.',
    );
    expect(() => checkResult('lanAddresses', [{ name: 'lo', address: '127.0.0.1', family: 'IPv5', internal: true }])).toThrow(
      'tandem:lan-addresses: answer[0].family: the text "IPv5" is not one of IPv4, IPv6.',
    );
  });
});

describe('the HTTP wire', () => {
  it('carries any argument list unchanged, bytes as the body (property)', () => {
    const routed = HOST_METHOD_NAMES.filter(isRouted);
    const call = fc.record({ name: fc.constantFrom(...routed), json: fc.array(fc.jsonValue(), { maxLength: 3 }), bytes: fc.uint8Array({ maxLength: 64 }) });
    fc.assert(
      fc.property(call, ({ name, json, bytes }) => {
        const args = carriesBytes(name) ? [...json, bytes] : json;
        const { path, body } = encodeHttpCall(name, args as never);
        const url = new URL(path, 'http://127.0.0.1');
        const decoded =
          typeof body === 'string' ? decodeHttpArgs(name, body, null) : decodeHttpArgs(name, url.searchParams.get('args') ?? '', body);
        expect(url.pathname).toBe(routeOf(name));
        // JSON's own normalisation (-0 is 0) is the only change.
        expect(decoded.slice(0, json.length)).toEqual(JSON.parse(JSON.stringify(json)) as unknown[]);
        expect(decoded.length).toBe(args.length);
        if (carriesBytes(name)) expect(decoded.at(-1)).toBe(bytes);
      }),
    );
  });

  it('refuses a body that is not a JSON list, and reads an empty one as no arguments', () => {
    expect(decodeHttpArgs('info', '', null)).toEqual([]);
    expect(decodeHttpArgs('exportFile', '', new Uint8Array(0))).toEqual([new Uint8Array(0)]);
    for (const text of ['{}', 'null', '"x"', '[1', 'nope']) {
      expect(() => decodeHttpArgs('startHosting', text, null), text).toThrow(new HostRefusal('tandem:start-hosting: the arguments must be a JSON list.'));
    }
  });
});
