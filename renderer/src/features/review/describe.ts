import { DELEGATION_LABELS, type Identity } from '../../../../shared/identity/identity';
import { SOURCE_LABELS, type AuditSource } from '../../../../shared/review/audit';
import { formatInstant } from '../../../../shared/text/dates';

/** Words shared by the Review, Conflicts and Audit views. */
export function describeWho(who: Identity | { readonly name: string; readonly delegation: Identity['delegation'] } | null): string {
  return who ? `${who.name} (${DELEGATION_LABELS[who.delegation]})` : 'Unknown';
}

export function describeTime(at: string | number | null): string {
  if (at === null) return 'time not recorded';
  // The reader's locale, through the one formatter for dates (shared/text/dates.ts).
  return formatInstant(new Date(at).getTime(), navigator.language || 'en-US');
}

export function describeVia(via: AuditSource | null, label: string): string {
  if (via === null) return 'Not in this laptop’s audit trail';
  return label ? `${SOURCE_LABELS[via]} (${label})` : SOURCE_LABELS[via];
}
