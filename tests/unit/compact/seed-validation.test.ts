import { describe, expect, it } from 'vitest';
import { formatSeedError } from '../../../shared/compact/seed-errors';
import { loadCompact } from '../../../shared/compact/load-compact';
import { copyOf, readSeedFiles } from './seed-files';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Breaks one thing in a copy of the real seed and returns the messages the loader gives. */
function refusal(breakIt: (files: Json) => void): string[] {
  const files = copyOf(readSeedFiles()) as Json;
  breakIt(files);
  const result = loadCompact(files);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map(formatSeedError);
}

const firstRecommendationFile = () => Object.keys(readSeedFiles()).find((name) => name.startsWith('recommendations/'))!;

describe('a seed that fails the schema is refused, naming file, record and field', () => {
  it('accepts the real seed', () => {
    const result = loadCompact(readSeedFiles());
    expect(result.ok ? [] : result.errors.map(formatSeedError)).toEqual([]);
  });

  it('a wrong type', () => {
    const file = firstRecommendationFile();
    const messages = refusal((files) => {
      files[file].recommendations[0].anchor = 'yes';
    });
    const code = readSeedFiles()[file] as Json;
    expect(messages).toEqual([
      `seeds/compact/${file} — record ${code.recommendations[0].code}, field anchor: expected true or false, found the text "yes"`,
    ]);
  });

  it('a missing field and an unknown one', () => {
    const messages = refusal((files) => {
      delete files['funding.json'].mechanisms[2].notes;
      files['funding.json'].mechanisms[2].note = 'typo';
    });
    expect(messages).toEqual([
      'seeds/compact/funding.json — record F-3, field notes: is missing',
      'seeds/compact/funding.json — record F-3, field note: is not a known field',
    ]);
  });

  it('an owner that is not in the directory, or in the other side’s column', () => {
    const file = firstRecommendationFile();
    const messages = refusal((files) => {
      const rec = files[file].recommendations[0];
      rec.usOwners[0].institutions[0] = 'us-nowhere';
      rec.israelOwners[0].institutions[0] = 'us-nist';
    });
    expect(messages.join('\n')).toMatch(/usOwners\[0\]\.institutions\[0\]: unknown institution "us-nowhere"/);
    expect(messages.join('\n')).toMatch(/israelOwners\[0\]\.institutions\[0\]: "us-nist" is on the us side, not israel/);
  });

  it('a deadline whose words are not in its quote, an unknown event, an unknown section', () => {
    const messages = refusal((files) => {
      const action = files['plan.json'].plan.find((a: Json) => a.deadline?.kind === 'within');
      action.deadline.phrase = 'within 31 days';
      files['plan.json'].plan[1].deadline = { ...action.deadline, phrase: action.deadline.phrase, event: 'moon-landing' };
      files['events.json'].events[0].passage.section = 'chapter-99';
    });
    const all = messages.join('\n');
    expect(all).toMatch(/plan\.json — record plan-[a-z0-9-]+, field deadline\.phrase: "within 31 days" is not in the record's source quote/);
    expect(all).toMatch(/field deadline\.event: unknown anchor event "moon-landing"/);
    expect(all).toMatch(/events\.json — record compact-signing, field passage\.section: unknown section "chapter-99"/);
  });

  it('a duplicate id and a missing file', () => {
    const messages = refusal((files) => {
      files['institutions.json'].institutions.push({ ...files['institutions.json'].institutions[0] });
      delete files['north-stars.json'];
    });
    expect(messages).toEqual(['seeds/compact/north-stars.json: the file is missing']);
    const duplicate = refusal((files) => {
      files['institutions.json'].institutions.push({ ...files['institutions.json'].institutions[0] });
    });
    expect(duplicate[0]).toMatch(/institutions\.json — record us-commerce, field id: duplicate institutions\.json id "us-commerce"/);
  });

  it('JSON that is not even an object', () => {
    expect(refusal((files) => {
      files['domains.json'] = [1, 2];
    })).toEqual(['seeds/compact/domains.json: expected an object, found an array']);
  });
});

describe('cross-record rules', () => {
  it('refuse duplicate numbers, backwards ranges, a funding code as a recommendation, a repeated owner entry', () => {
    const file = firstRecommendationFile();
    const all = refusal((files) => {
      files['north-stars.json'].northStars[1].number = 1;
      files['funding.json'].mechanisms[0].us.amount = { min: 2e9, max: 1e9, approximate: false };
      files[file].recommendations[0].code = 'F-1';
      const owners = files[file].recommendations[1].usOwners;
      owners.push({ ...owners[0] });
    }).join('\n');
    expect(all).toMatch(/recommendations\/[a-z-]+\.json — record F-1, field code: the text "F-1" is not a recommendation code/);
    const rest = refusal((files) => {
      files['north-stars.json'].northStars[1].number = 1;
      files['funding.json'].mechanisms[0].us.amount = { min: 2e9, max: 1e9, approximate: false };
      const owners = files[file].recommendations[1].usOwners;
      owners.push({ ...owners[0] });
    }).join('\n');
    expect(rest).toMatch(/north-stars\.json — record 1, field number: duplicate north-stars\.json number "1"/);
    expect(rest).toMatch(/funding\.json — record F-1, field us\.amount\.min: the range runs backwards/);
    expect(rest).toMatch(/field usOwners\[\d+\]\.asWritten: duplicate/);
  });

  it('refuse a calendar date that is not in the calendar and an offset beyond a century', () => {
    const all = refusal((files) => {
      const star = files['north-stars.json'].northStars.find((n: Json) => n.deadline?.kind === 'calendar');
      star.deadline.date = '2027-13';
      const step = files['first-steps.json'].firstSteps.find((s: Json) => s.deadline?.kind === 'within');
      step.deadline.offset.amount = 1e12;
    }).join('\n');
    expect(all).toMatch(/field deadline\.date: 2027-13 is not in the calendar/);
    expect(all).toMatch(/field deadline\.offset\.amount: 1000000000000 is above the maximum 36500/);
  });
});
