import { createIntl } from 'react-intl';
import type { Translate } from '../../../renderer/src/ui/i18n/I18nProvider';
import { MESSAGES } from '../../../renderer/src/ui/i18n/messages';

/** The interface's English messages, as the views' `t` gives them (the owner views word their text through it). */
const intl = createIntl({ locale: 'en-US', messages: MESSAGES.en });
export const englishT: Translate = (id, values) => intl.formatMessage({ id }, values);

const hebrew = createIntl({ locale: 'he-IL', messages: MESSAGES.he });
export const hebrewT: Translate = (id, values) => hebrew.formatMessage({ id }, values);
