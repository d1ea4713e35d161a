// Writes seeds/schema.json from the schema the app enforces (shared/compact/seed-schema.ts), so the
// published JSON Schema cannot drift from it. `npm run seeds:schema`; a unit test checks it is current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const result = await build({
  entryPoints: [join(root, 'shared/compact/seed-schema.ts')],
  bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
});
const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
const { seedJsonSchema } = await import(url);
writeFileSync(join(root, 'seeds/schema.json'), `${JSON.stringify(seedJsonSchema(), null, 2)}\n`);
console.log('wrote seeds/schema.json');
