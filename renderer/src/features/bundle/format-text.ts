import type { Translate } from '../../ui/i18n/I18nProvider';

/** "2026-07-01 09:30 UTC" from an ISO time: the same on every laptop, whatever its time zone. */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "1,234 bytes", "2.5 MiB" in the reader's language and locale. */
export function byteCount(bytes: number, t: Translate, locale: string): string {
  if (bytes < 1024 * 1024) return t('data.size.bytes', { count: bytes });
  return t('data.size.mib', { size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / (1024 * 1024)) });
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
