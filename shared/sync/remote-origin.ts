/**
 * The transaction origin of everything merged from outside this laptop: a peer on the LAN or a
 * sync file. Observers tell remote transactions from local ones by `instanceof RemoteOrigin`
 * (conflict detection, review, the audit trail); the update writer stores them like local edits,
 * since a merged change must survive a restart as much as a typed one.
 */
export type RemoteSourceKind = 'peer' | 'file';

export class RemoteOrigin {
  constructor(
    readonly kind: RemoteSourceKind,
    /** Who or what it came from, for messages: a peer's name, a file's name. */
    readonly label: string,
  ) {}
}

export function isRemoteOrigin(origin: unknown): origin is RemoteOrigin {
  return origin instanceof RemoteOrigin;
}
