import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedJsonSchema } from '../../../shared/compact/seed-schema';

describe('seeds/schema.json', () => {
  it('is the schema the app enforces (regenerate with `npm run seeds:schema`)', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/schema.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(seedJsonSchema())));
  });

  it('describes every seed file as a closed object', () => {
    const defs = seedJsonSchema().$defs as Record<string, { type: string; additionalProperties: boolean }>;
    expect(Object.keys(defs)).toContain('plan.json');
    for (const def of Object.values(defs)) expect(def).toMatchObject({ type: 'object', additionalProperties: false });
  });
});
