import { RELEASED_SEEDS, type SeedPart } from '../../../../shared/workspace/seed-update';

/**
 * Checks each seed version this build produced against the fingerprint recorded for its client
 * id. The unit test checks the files on disk; this checks what was actually bundled, so a build
 * whose seed content changed without a new version (and client id) refuses to start instead of
 * writing different content under a used client id into every workspace it touches.
 */
export async function seedFingerprintProblem(parts: readonly SeedPart[]): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return 'This window cannot compute SHA-256 (no WebCrypto), so the seed cannot be verified.';
  for (const part of parts) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(part.update)));
    const hex = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const released = RELEASED_SEEDS.get(part.clientId);
    if (hex !== released) {
      return `The bundled seed differs from the content released as seed version ${part.version} (SHA-256 ${hex}, released ${released ?? 'none'}). Seed content may only change with a new version and client id (seeds/README.md).`;
    }
  }
  return null;
}
