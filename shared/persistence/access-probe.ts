/**
 * The tables of the laptop's local store (the IndexedDB object stores of TandemDb, by the same
 * names) and the kinds of access made to them. A memory store calls its AccessProbe before each
 * read and each write it is about to make; a probe that throws makes that access fail, as a full
 * disk or a closed database fails an IndexedDB request. Tests use it to interrupt a transaction
 * midway; MemoryLocalStore uses it to refuse every call once closed.
 */
export const LOCAL_TABLES = ['updates', 'quarantine', 'settings', 'peers', 'snapshots', 'snapshotBytes', 'reviewMarks', 'audit'] as const;
export type LocalTable = (typeof LOCAL_TABLES)[number];
export type WriteKind = 'add' | 'put' | 'delete';
export type AccessKind = WriteKind | 'read';

export type AccessProbe = (table: LocalTable, kind: AccessKind) => void;

export const NO_PROBE: AccessProbe = () => {};
