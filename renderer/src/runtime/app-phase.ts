/** Where the app is in its start-up, and how local storage is doing. */
export type Phase =
  | { readonly kind: 'starting' }
  | { readonly kind: 'needs-identity' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'storage-failed'; readonly message: string }
  /** The bundled seed failed its schema: each line names file, record and field. */
  | { readonly kind: 'seed-invalid'; readonly errors: readonly string[] };

export type StorageMode = 'disk' | 'memory';
