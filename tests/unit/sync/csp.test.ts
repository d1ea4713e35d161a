import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, META_CONTENT_SECURITY_POLICY, securityHeaders } from '../../../shared/security/csp';

/** The directives of a policy by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name as string, values];
    }),
  );
}

describe('contentSecurityPolicy and session servers', () => {
  it("allows only 'self' to connect by default", () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'"]);
  });

  it('lists each allowed session server in connect-src and nowhere else', () => {
    const policy = contentSecurityPolicy(['ws://192.168.1.20:4444', 'ws://[::1]:5555']);
    const parsed = directives(policy);
    expect(parsed.get('connect-src')).toEqual(["'self'", 'ws://192.168.1.20:4444', 'ws://[::1]:5555']);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(policy.match(/ws:\/\//g)).toHaveLength(2);
    expect(securityHeaders(['ws://h:1'])['Content-Security-Policy']).toBe(contentSecurityPolicy(['ws://h:1']));
  });

  it.each([
    'ws://a:1; script-src *',
    "ws://a:1 'unsafe-eval'",
    'ws://a:1,ws://b:2',
    'ws://*:1',
    'ws://a',
    'wss://a:1',
    'http://a:1',
    'ws:',
    '*',
    'ws://a:1/path',
    'ws://a:1\nscript-src *',
    '',
  ])('refuses %j: no directive can be smuggled in', (url) => {
    expect(() => contentSecurityPolicy([url])).toThrow(new RangeError(`Not a session server address for the security policy: ${url}`));
  });

  it("the build's meta policy allows any ws: address (the header narrows it) and differs in nothing else", () => {
    expect(directives(META_CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'", 'ws:']);
    const rest = (policy: string) => [...directives(policy)].filter(([name]) => name !== 'connect-src');
    expect(rest(META_CONTENT_SECURITY_POLICY)).toEqual(rest(CONTENT_SECURITY_POLICY));
  });
});
