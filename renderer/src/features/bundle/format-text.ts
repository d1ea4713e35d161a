/** "2026-07-01 09:30 UTC" from an ISO time: the same on every laptop, whatever its time zone. */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function byteCount(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes.toLocaleString('en-US')} bytes`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
