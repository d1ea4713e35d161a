import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../renderer/src/ui/i18n/languages';
import type { MessageId } from '../../../renderer/src/ui/i18n/messages';

// Read from the files themselves: Playwright's loader does not import JSON without an import
// attribute, which the renderer's own imports (bundled by Vite) do not carry. Paths are from the
// repository root, where Playwright runs.
const DIR = path.resolve('renderer/src/ui/i18n/messages');

function load(language: Language): Record<string, string> {
  const files = readdirSync(DIR).filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`));
  return Object.assign({}, ...files.map((name) => JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Record<string, string>));
}

const loaded = new Map<Language, Record<string, string>>();

/** A message of the app's own files (no placeholders): what a control is called in `language`. */
export function say(language: Language, id: MessageId): string {
  if (!loaded.has(language)) loaded.set(language, load(language));
  const message = loaded.get(language)![id];
  if (message === undefined) throw new Error(`No message ${id} in ${language}.`);
  return message;
}
