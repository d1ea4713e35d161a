import { describe, expect, it } from 'vitest';
import { describeIdentity, parseIdentity } from '../../../shared/identity/identity';

describe('parseIdentity', () => {
  it('accepts a complete identity and tidies the name', () => {
    expect(parseIdentity({ name: '  Dana   Levi ', delegation: 'israel', role: 'note-taker' })).toEqual({
      ok: true,
      identity: { name: 'Dana Levi', delegation: 'israel', role: 'note-taker' },
    });
  });

  it('says what is wrong with each field', () => {
    const result = parseIdentity({ name: ' ', delegation: 'uk', role: 'boss' });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'Enter your name.', delegation: 'Choose U.S. or Israel.', role: 'Choose delegate, note-taker or observer.' },
    });
    expect(parseIdentity(null).ok).toBe(false);
    expect(parseIdentity({ name: 'x'.repeat(81), delegation: 'us', role: 'observer' })).toMatchObject({ ok: false, errors: { name: /at most 80/ } });
  });

  it('describes a person with their delegation and role', () => {
    expect(describeIdentity({ name: 'Sam Ortiz', delegation: 'us', role: 'delegate' })).toBe('Sam Ortiz (U.S., delegate)');
  });
});
