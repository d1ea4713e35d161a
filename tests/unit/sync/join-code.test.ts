import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createJoinCode, formatJoinCode, parseJoinCode, PASSPHRASE_GROUPS, ROOM_LENGTH, roomTopic, type JoinCodeParse } from '../../../shared/sync/join-code';

const NEEDED = ROOM_LENGTH + PASSPHRASE_GROUPS * 4;
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

function refusal(parsed: JoinCodeParse): string {
  if (parsed.ok) throw new Error(`expected a refusal, got ${formatJoinCode(parsed.code)}`);
  return parsed.reason;
}

describe('join code', () => {
  it('is an 8-character room and four groups of four, in Crockford base32 (no I, L, O, U)', () => {
    const code = createJoinCode(Uint8Array.from({ length: NEEDED }, (_, i) => i * 37));
    expect(code.room).toMatch(/^[0-9A-Z]{8}$/);
    expect(code.passphrase).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(formatJoinCode(code)).toBe(`${code.room}-${code.passphrase}`);
    expect(code.room + code.passphrase.replaceAll('-', '')).toMatch(CROCKFORD);
  });

  it('uses all 32 symbols: each byte picks one by its low five bits', () => {
    const code = createJoinCode(Uint8Array.from({ length: NEEDED }, (_, i) => i));
    expect(code.room).toBe('01234567');
    expect(code.passphrase).toBe('89AB-CDEF-GHJK-MNPQ');
    expect(createJoinCode(new Uint8Array(NEEDED).fill(31 + 32 * 3)).room).toBe('ZZZZZZZZ');
  });

  it('refuses too few random bytes', () => {
    expect(() => createJoinCode(new Uint8Array(NEEDED - 1))).toThrow(new RangeError(`A join code needs ${NEEDED} random bytes.`));
  });

  it('formats and parses back to the same code, for any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: NEEDED, maxLength: NEEDED + 8 }), (random) => {
        const code = createJoinCode(random);
        expect(parseJoinCode(formatJoinCode(code))).toEqual({ ok: true, code });
      }),
    );
  });

  it('forgives how it is typed: lowercase, spaces, missing or extra dashes, O for 0, I and L for 1', () => {
    const code = { room: '01234567', passphrase: '89AB-CDEF-GHJK-MNPQ' };
    for (const typed of [
      '01234567-89AB-CDEF-GHJK-MNPQ',
      '0123456789abcdefghjkmnpq',
      '  0123 4567  89ab cdef\tghjk mnpq ',
      'o1234567-89ab-cdef-ghjk-mnpq',
      'OI234567-89AB-CDEF-GHJK-MNPQ',
      '0l234567--89AB-CDEF-GHJK-MNPQ-',
      'O L 2 3 4 5 6 7 8 9 A B C D E F G H J K M N P Q',
    ]) {
      expect(parseJoinCode(typed), typed).toEqual({ ok: true, code });
    }
  });

  it('refuses an empty code, saying where to find it', () => {
    expect(refusal(parseJoinCode(''))).toBe('Enter the join code the host shows.');
    expect(refusal(parseJoinCode(' - - '))).toBe('Enter the join code the host shows.');
  });

  it('refuses the wrong length, with both lengths', () => {
    expect(refusal(parseJoinCode('01234567-89AB-CDEF-GHJK-MNP'))).toBe('A join code has 24 letters and digits; this one has 23.');
    expect(refusal(parseJoinCode('01234567-89AB-CDEF-GHJK-MNPQR'))).toBe('A join code has 24 letters and digits; this one has 25.');
    expect(refusal(parseJoinCode('ABC'))).toBe('A join code has 24 letters and digits; this one has 3.');
  });

  it('refuses a character outside the alphabet, naming it (U, punctuation, non-Latin)', () => {
    expect(refusal(parseJoinCode('U1234567-89AB-CDEF-GHJK-MNPQ'))).toBe('A join code has letters and digits only; "U" is not one of them.');
    expect(refusal(parseJoinCode('01234567_89AB'))).toBe('A join code has letters and digits only; "_" is not one of them.');
    expect(refusal(parseJoinCode('0123456א'))).toMatch(/"א" is not one of them/);
    // The character is named before the length is counted: the user fixes what they can see.
    expect(refusal(parseJoinCode('a.b'))).toMatch(/"\." is not one of them/);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        const parsed = parseJoinCode(input);
        if (parsed.ok) expect(formatJoinCode(parsed.code)).toMatch(/^[0-9A-Z]{8}(-[0-9A-Z]{4}){4}$/);
        else expect(parsed.reason).toMatch(/\S/);
      }),
    );
  });

  it('names the signaling topic in the tandem: namespace', () => {
    expect(roomTopic('01234567')).toBe('tandem:01234567');
  });
});
