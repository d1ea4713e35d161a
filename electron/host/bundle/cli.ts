import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_BUNDLE_BYTES, oversizeReason } from '../../../shared/bundle/format';
import { readEnvelope, unsealBundle } from '../../../shared/bundle/read-bundle';
import { judgeBundle } from '../../../shared/bundle/import-bundle';
import { checkBundleSignature } from '../../../shared/bundle/bundle-signature';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { WORKSPACE_ID } from '../../../shared/workspace/workspace-id';
import { BUNDLE_USAGE, EXIT_REFUSED_CONTENT, parseBundleArgs, UsageError } from './cli-args';
import { envelopeLines, payloadLines, summaryLines } from './report';
import { seedUpdateFrom } from './seed-files';

/**
 * The sync-file inspector for whoever must check a file before it crosses an air gap
 * (`npm run bundle -- inspect FILE [--passphrase-file F]`), bundled to dist/electron/bundle.cjs.
 * It runs the app's own checks (shared/bundle) and never merges anything anywhere. A refused file
 * gets one line on stderr, "tandem bundle: <reason>", and no stack trace; exit codes in BUNDLE_USAGE.
 *
 * The seed it compares against is read from seeds/compact/ beside the bundle (dist/electron/ →
 * ../../seeds), as in a checkout.
 */
const SEED_DIR = path.resolve(__dirname, '..', '..', 'seeds', 'compact');
const MAX_PASSPHRASE_FILE_BYTES = 4096;

class Refused extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBundleArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${BUNDLE_USAGE}\n`);
    return 0;
  }
  const bytes = await readLimited(args.file);
  const passphrase = args.passphraseFile === null ? undefined : await readPassphrase(args.passphraseFile);
  const read = await readEnvelope(bytes);
  if (!read.ok) throw new Refused(read.reason, 1);
  const opened = await unsealBundle(read, { workspace: WORKSPACE_ID, passphrase });
  const header = envelopeLines(path.basename(args.file), read.envelope);
  if (!opened.ok && opened.problem === 'passphrase-needed') {
    process.stdout.write(`${header.join('\n')}\n`);
    throw new Refused('the file is encrypted: give its passphrase with --passphrase-file F to check what it would change', 3);
  }
  if (!opened.ok) throw new Refused(opened.reason, 1);
  // The inspector knows no laptop's keys: a valid signature is reported with its safety code.
  const sender = await checkBundleSignature(opened.envelope, opened.payload, undefined);
  if (sender === 'altered') throw new Refused('the file was altered after it was signed: its signature does not match its sender, its claims or its content', 1);
  header.push(`signature: ${sender.kind === 'unsigned' ? 'none (the sender is unverified)' : `valid, key safety code ${sender.safetyCode}`}`);
  const base = createWorkspaceDoc();
  applySeed(base, seedUpdateFrom(SEED_DIR));
  // The import's own content checks (header claims, the semantic gate), against a new workspace.
  const judged = judgeBundle(opened.envelope, opened.payload, { doc: base }, path.basename(args.file));
  if (!judged.ok && judged.problem === 'refused-content') {
    process.stdout.write(`${[...header, ...payloadLines(opened.payload)].join('\n')}\n`);
    throw new Refused(`content refused: ${judged.reason.charAt(0).toLowerCase()}${judged.reason.slice(1)}`, EXIT_REFUSED_CONTENT);
  }
  if (!judged.ok) throw new Refused(judged.reason, 1);
  process.stdout.write(`${[...header, ...payloadLines(opened.payload), ...summaryLines(judged.summary)].join('\n')}\n`);
  return 0;
}

/** Reads the file only once its size is known to be within the limit (checked on the open handle). */
async function readLimited(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new Refused(`cannot read ${file}: ${fileError(error)}`, 1);
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Refused(`${file} is not a file`, 1);
    const oversize = oversizeReason(stat.size);
    if (oversize) throw new Refused(oversize, 1);
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_BUNDLE_BYTES) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    // Grown since the stat: it is being written to; refuse rather than read a moving target.
    if (bytesRead > stat.size) throw new Refused(`${file} changed while it was read`, 1);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead).slice();
  } finally {
    await handle.close();
  }
}

async function readPassphrase(file: string): Promise<string> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Refused(`cannot read the passphrase file ${file}: ${fileError(error)}`, 2);
  });
  if (bytes.byteLength > MAX_PASSPHRASE_FILE_BYTES) throw new Refused(`the passphrase file ${file} is larger than ${MAX_PASSPHRASE_FILE_BYTES} bytes`, 2);
  const passphrase = bytes.toString('utf8').replace(/\r?\n$/, '');
  if (passphrase === '') throw new Refused(`the passphrase file ${file} is empty`, 2);
  return passphrase;
}

function fileError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error.code ?? error.message;
  }
}

/** "tandem bundle: reason", one line whatever the reason holds. */
function refusalLine(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  return `tandem bundle: ${text.charAt(0).toLowerCase()}${text.slice(1)}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${refusalLine(error.message)}${BUNDLE_USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof Refused) {
      process.stderr.write(refusalLine(error.message));
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(refusalLine(`internal error: ${error instanceof Error ? error.message : String(error)}`));
      process.exitCode = 1;
    }
  },
);
