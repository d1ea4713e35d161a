import { RELEASED_SEEDS, SEED } from '../../../../shared/workspace/seed-update';

/**
 * Checks the seed update this build produced against the fingerprint recorded for its version.
 * The unit test checks the files on disk; this checks what was actually bundled, so a build whose
 * seed content changed without a new version (and client id) refuses to start instead of writing
 * different content under a used client id into every workspace it touches.
 */
export async function seedFingerprintProblem(update: Uint8Array): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return 'This window cannot compute SHA-256 (no WebCrypto), so the seed cannot be verified.';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(update)));
  const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const released = RELEASED_SEEDS.get(SEED.clientId);
  return hex === released
    ? null
    : `The bundled seed differs from the content released as seed version ${SEED.version} (SHA-256 ${hex}, released ${released ?? 'none'}). Seed content may only change with a new version and client id (seeds/README.md).`;
}
