import { useLayoutEffect } from 'react';
import { useIntl } from 'react-intl';
import { refusalSayer, setRefusalWords } from '../runtime/refusal-words';

/**
 * Hands the runtime the words for refusals (runtime/refusal-words.ts) in the interface's
 * language, and again whenever it changes; a refusal is then said as `refusal.<id>`.
 */
export function RefusalWords() {
  const intl = useIntl();
  useLayoutEffect(() => {
    setRefusalWords(refusalSayer((id, values) => intl.formatMessage({ id }, values)));
    return () => setRefusalWords(null);
  }, [intl]);
  return null;
}
