/**
 * The transaction origin of everything merged from outside this document: a peer on the LAN, a
 * sync file or another window. Defined with the other origins in workspace/origins.ts, whose
 * table says what each kind of origin does (stored, audited, checked for conflicts, forwarded).
 */
export { RemoteOrigin, isRemoteOrigin, type RemoteSourceKind } from '../workspace/origins';
