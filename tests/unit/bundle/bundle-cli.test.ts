import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_ITERATIONS } from '../../../shared/bundle/format';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { addAction, setActionStatus } from '../../../shared/workspace/actions';
import { addInstitution } from '../../../shared/workspace/owners';
import { AVI, laptop } from './laptops';

/**
 * The inspector as a security officer runs it: a child process on a file, judged by its output
 * and exit status. `npm run bundle` (build/bundle.mjs) bundles and then runs the CLI: it runs once
 * here (for --help), and the other children run the bundle it made, as it does.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUNDLE = path.join(ROOT, 'dist/electron/bundle.cjs');
const NOW = new Date('2026-07-04T12:00:00.000Z');
let dir: string;

function inspect(...args: string[]) {
  const result = spawnSync(process.execPath, [BUNDLE, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fileAt(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

let good: Uint8Array;
let sealed: Uint8Array;
const DRAFT = 'plan-ai1-first-challenge-call';

beforeAll(async () => {
  const help = spawnSync(process.execPath, [path.join(ROOT, 'build/bundle.mjs'), '--help'], { encoding: 'utf8', cwd: ROOT });
  expect(help.status, help.stderr).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run bundle -- inspect FILE \[--passphrase-file F\]/);
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-bundle-cli-'));
  const avi = laptop(AVI);
  avi.edit((doc) => {
    addAction(doc, { title: 'Joint compute credits\nforged: line' }, NOW);
    setActionStatus(doc, DRAFT, 'agreed', NOW);
    addInstitution(doc, { name: 'Technion', side: 'israel', kind: 'university' });
  });
  const content = bundleContentOf(avi.doc, avi.sender, null, NOW);
  good = await writeBundle(content);
  sealed = await writeBundle(content, { passphrase: 'pomegranate 9', iterations: MIN_ITERATIONS });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bundle -- inspect', () => {
  it('prints the envelope and what a good file would change, and exits 0', () => {
    const { code, stdout, stderr } = inspect('inspect', fileAt('good.tandem', good));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Tandem sync file good.tandem');
    expect(stdout).toMatch(/^ {2}format {6}1$/m);
    expect(stdout).toMatch(/^ {2}workspace {3}us-israel-stc-2026$/m);
    expect(stdout).toMatch(/^ {2}sender {6}Avi Cohen \(Israel, delegate\), Yjs client \d+$/m);
    expect(stdout).toMatch(/^ {2}created {5}2026-07-04T12:00:00\.000Z$/m);
    expect(stdout).toMatch(/^ {2}carries {5}the whole workspace$/m);
    expect(stdout).toMatch(/^ {2}encrypted {3}no$/m);
    expect(stdout).toMatch(/^ {2}sha-256 {5}[0-9a-f]{64} \(verified\)$/m);
    expect(stdout).toMatch(/^ {4}- “Joint compute credits forged: line” \[[0-9a-f-]+\] by Avi Cohen \(Israel, delegate\)$/m);
    expect(stdout).toContain(`[${DRAFT}] by Avi Cohen (Israel, delegate): status`);
    expect(stdout).toMatch(/institutions added \(1\):\n {4}- Technion \[il-/);
    expect(stdout).toMatch(/written by \(1\):\n {4}- Avi Cohen \(Israel, delegate\)/);
  });

  it('opens an encrypted file with --passphrase-file', () => {
    const { code, stdout, stderr } = inspect('inspect', fileAt('sealed.tandem', sealed), '--passphrase-file', fileAt('pass.txt', 'pomegranate 9\n'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/encrypted {3}yes \(AES-256-GCM, key by PBKDF2-SHA256 with 210,000 iterations\)/);
    expect(stdout).toContain('actions added (1)');
  });

  it('without the passphrase, prints the envelope and exits 3 with one line', () => {
    const { code, stdout, stderr } = inspect('inspect', fileAt('sealed2.tandem', sealed));
    expect(code).toBe(3);
    expect(stdout).toContain('Avi Cohen (Israel, delegate)');
    expect(stdout).not.toContain('actions added');
    expect(stderr).toBe('tandem bundle: the file is encrypted: give its passphrase with --passphrase-file F to check what it would change\n');
  });

  it.each([
    ['an altered file', () => { const b = good.slice(); b[good.byteLength - 40]! ^= 1; return b; }, undefined,
      'tandem bundle: the file was altered or damaged: its SHA-256 does not match its contents.'],
    ['a truncated file', () => good.subarray(0, good.byteLength - 50), undefined, /^tandem bundle: the file is truncated: it has \d+ of its \d+ bytes\.$/],
    ['not a Tandem file', () => '%PDF-1.7\n', undefined, 'tandem bundle: this is not a Tandem sync file.'],
    ['a wrong passphrase', () => sealed, 'not it\n', 'tandem bundle: wrong passphrase: the file cannot be decrypted with it.'],
  ])('refuses %s with exit 1 and one line, no stack trace', (_what, bytes, passphrase, line) => {
    const args = ['inspect', fileAt('bad.tandem', bytes())];
    if (passphrase) args.push('--passphrase-file', fileAt('wrong.txt', passphrase));
    const { code, stdout, stderr } = inspect(...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    if (typeof line === 'string') expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
  });

  it('refuses an oversized file from its size, without reading it', () => {
    const huge = path.join(dir, 'huge.tandem');
    writeFileSync(huge, '');
    truncateSync(huge, 64 * 1024 * 1024 + 1);
    const { code, stdout, stderr } = inspect('inspect', huge);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('tandem bundle: the file is 67,108,865 bytes (64.0 MiB); sync files are limited to 67,108,864 bytes (64.0 MiB).\n');
  });

  it('refuses a missing file and wrong usage plainly', () => {
    const missing = inspect('inspect', path.join(dir, 'nowhere.tandem'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^tandem bundle: cannot read .*nowhere\.tandem: no such file\n$/);
    const usage = inspect('look', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^tandem bundle: unknown command "look"\.\nUsage: npm run bundle/);
  });
});
