import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReservedDeviceName, sanitizeExportName } from '../../../shared/host/export-name';

/** What writeExportFile turns a renderer's suggested name into (electron/host/export-file.ts). */
describe('sanitizeExportName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(sanitizeExportName('tandem-recovery-2026-01-05.json')).toBe('tandem-recovery-2026-01-05.json');
    expect(sanitizeExportName('Minutes 5 Jan.txt')).toBe('Minutes 5 Jan.txt');
  });

  it('drops path separators, leading dots and characters outside the safe set', () => {
    expect(sanitizeExportName('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitizeExportName('..\\windows\\system32')).toBe('windows-system32');
    expect(sanitizeExportName('.hidden')).toBe('hidden');
    expect(sanitizeExportName('a:b*c?"<>|.txt')).toBe('a-b-c-.txt');
  });

  it.each([
    ['CON', '_CON'],
    ['con', '_con'],
    ['Prn.txt', '_Prn.txt'],
    ['aux.json', '_aux.json'],
    ['NUL', '_NUL'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['COM1', '_COM1'],
    ['com9.log', '_com9.log'],
    ['LPT1', '_LPT1'],
    ['lpt9.txt', '_lpt9.txt'],
    ['LPT1 .txt', '_LPT1 .txt'],
    ['CON.', '_CON'],
    ['nul ', '_nul'],
    ['COM¹.txt', '_COM1.txt'], // NFKC turns the superscript into a digit; Windows reserves both
  ])('rewrites the Windows device name %j to %j', (suggested, expected) => {
    expect(sanitizeExportName(suggested)).toBe(expected);
  });

  it('leaves names that only start like a device name alone', () => {
    for (const name of ['CONTRACT.txt', 'console.log', 'COM10', 'LPT', 'aux-notes.txt', 'nullable.json', 'x.con']) {
      expect(sanitizeExportName(name)).toBe(name);
    }
  });

  it('strips trailing dots and spaces (Windows would drop them silently)', () => {
    expect(sanitizeExportName('minutes.')).toBe('minutes');
    expect(sanitizeExportName('minutes. . .')).toBe('minutes');
    expect(sanitizeExportName('minutes.txt   ')).toBe('minutes.txt');
    expect(sanitizeExportName('...')).toBe('tandem-export');
    expect(sanitizeExportName(' . ')).toBe('tandem-export');
    expect(sanitizeExportName('')).toBe('tandem-export');
  });

  it('bounds the length, and a cut never leaves a trailing dot or space', () => {
    expect(sanitizeExportName('a'.repeat(500))).toHaveLength(120);
    expect(sanitizeExportName(`${'a'.repeat(119)}.txt`)).toBe('a'.repeat(119));
    expect(sanitizeExportName(`${'a'.repeat(119)} b`)).toBe('a'.repeat(119));
    expect(sanitizeExportName(`CON.${'x'.repeat(200)}`)).toHaveLength(120);
  });

  it('always gives a safe, bounded name, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (suggested) => {
        const name = sanitizeExportName(suggested);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(120);
        expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._ -]*$/);
        expect(name).not.toMatch(/[. ]$/);
        expect(isReservedDeviceName(name)).toBe(false);
      }),
    );
  });
});

describe('isReservedDeviceName', () => {
  it('reads the stem before the first dot, any case, trailing spaces ignored', () => {
    expect(isReservedDeviceName('aux')).toBe(true);
    expect(isReservedDeviceName('AUX.tar.gz')).toBe(true);
    expect(isReservedDeviceName('Com3  .txt')).toBe(true);
    expect(isReservedDeviceName('auxiliary.txt')).toBe(false);
    expect(isReservedDeviceName('_CON.txt')).toBe(false);
  });
});
