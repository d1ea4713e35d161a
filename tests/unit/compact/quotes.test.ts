import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { misquotes, sectionSpans } from '../../../shared/compact/source-text';
import type { Passage } from '../../../shared/compact/types';
import { COMPACT_TEXT_PATH, loadSeeds, readSeedFiles } from './seed-files';

/** Every {section, quote} anywhere in the seed files, with where it was found. */
function passagesIn(value: unknown, where: string, out: { where: string; passage: Passage }[] = []) {
  if (Array.isArray(value)) value.forEach((entry, index) => passagesIn(entry, `${where}[${index}]`, out));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.section === 'string' && typeof record.quote === 'string') {
      out.push({ where, passage: { section: record.section, quote: record.quote } });
    }
    for (const [key, child] of Object.entries(record)) passagesIn(child, `${where}.${key}`, out);
  }
  return out;
}

describe('sources', () => {
  const text = readFileSync(COMPACT_TEXT_PATH, 'utf8');
  const compact = loadSeeds();
  const spans = sectionSpans(text, compact.sections);

  it('finds every section heading, in document order', () => {
    expect(spans).toBeInstanceOf(Map);
  });

  it('finds every quote verbatim (whitespace aside) inside the section it names', () => {
    const passages = Object.entries(readSeedFiles()).flatMap(([file, content]) => passagesIn(content, file));
    expect(passages.length).toBeGreaterThan(300);
    expect(misquotes(passages, spans as Map<string, string>)).toEqual([]);
  });

  it('notices a quote that is altered or placed in the wrong section', () => {
    const real = compact.recommendations[0]!.action;
    const altered = { ...real, quote: real.quote.replace(/\w+/, 'Altered') };
    const moved = { ...real, section: 'conclusion' };
    expect(misquotes([{ where: 'a', passage: altered }, { where: 'b', passage: moved }], spans as Map<string, string>)).toHaveLength(2);
  });
});
