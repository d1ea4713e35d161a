/** Vite bundles imported stylesheets; they have no exports. */
declare module '*.css';

/** Vite's import.meta.glob, in the one form the app uses (eager, default exports). */
interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
