import type { Language } from '../../../renderer/src/ui/i18n/languages';
import { MESSAGES, type MessageId } from '../../../renderer/src/ui/i18n/messages';

/** A message of the app's own files (no placeholders): what a control is called in `language`. */
export function say(language: Language, id: MessageId): string {
  return MESSAGES[language][id];
}
