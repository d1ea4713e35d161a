// The layer check of `npm run lint`: allowlists per layer (npm packages included) and no folder
// cycle in renderer/src. The rules and the reasons are in build/layers.mjs.
//   node build/check-layers.mjs [--cwd DIR]      exit 1 with one line per problem, 0 when clean
import path from 'node:path';
import { checkLayers } from './layers.mjs';

const at = process.argv.indexOf('--cwd');
const root = path.resolve(at === -1 ? process.cwd() : process.argv[at + 1]);
const problems = checkLayers(root);
for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? 'layers: every import is allowed, no folder cycle in renderer/src' : `layers: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
