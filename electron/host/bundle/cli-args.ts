import { parseArgs } from 'node:util';

/** `npm run bundle -- inspect FILE [--passphrase-file F]`. */
export const BUNDLE_USAGE = `Usage: npm run bundle -- inspect FILE [--passphrase-file F]
  Checks a Tandem sync file and prints its envelope and what it would change in a new workspace.
  --passphrase-file F  a file holding the passphrase of an encrypted sync file (one trailing newline is ignored)
Exit status: 0 the file is valid; 1 the file is refused (one line on stderr says why);
             2 wrong usage; 3 the file is encrypted and no passphrase was given (envelope printed, contents unchecked);
             4 the envelope is valid but its content is refused by the workspace's rules (envelope printed, one line on stderr says which rule)`;

/** Exit status 4: a valid envelope whose content the semantic gate refuses (shared/sync/semantic-gate.ts). */
export const EXIT_REFUSED_CONTENT = 4;

export interface BundleArgs {
  readonly command: 'inspect' | 'help';
  readonly file: string;
  readonly passphraseFile: string | null;
}

export class UsageError extends Error {}

export function parseBundleArgs(argv: readonly string[]): BundleArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { 'passphrase-file': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', file: '', passphraseFile: null };
  const [command, file, ...rest] = positionals;
  if (command !== 'inspect') throw new UsageError(command === undefined ? 'Give a command: inspect.' : `Unknown command "${command}".`);
  if (file === undefined || file === '') throw new UsageError('Give the sync file to inspect.');
  if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
  const passphraseFile = values['passphrase-file'] ?? null;
  if (passphraseFile === '') throw new UsageError('--passphrase-file needs a file name.');
  return { command, file, passphraseFile };
}
