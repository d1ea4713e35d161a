/**
 * The interface's words for amounts and relative deadlines, in the reader's language: shared/
 * keeps its English producers (describeRule, formatAmount) for the exports, which are English
 * documents; the views word the same codes and numbers through the messages.
 */
import { useCallback } from 'react';
import type { Deadline, Offset } from '../../../../shared/compact/deadline-types';
import type { Amount } from '../../../../shared/compact/types';
import { useLanguage, useT } from '../../ui/i18n/I18nProvider';
import { useCompact } from '../../state/use-compact';
import { formatAmountIn } from './amount-format';

/** An event's name in the reader's language (the seed's English name where there is no translation). */
export function useEventLabel(): (id: string) => string {
  const t = useT();
  const compact = useCompact();
  return useCallback((id: string) => {
    const name = compact.events.find((event) => event.id === id)?.name ?? id;
    // ICU select keys are words: compact-signing → compactSigning.
    return t('data.eventName', { id: id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), name });
  }, [t, compact]);
}

/** "90 days after Compact signing", "90 יום לאחר חתימת האמנה"; a calendar deadline keeps the document's phrase. */
export function useDescribeRule(): (deadline: Deadline) => string {
  const t = useT();
  const eventLabel = useEventLabel();
  return useCallback((deadline: Deadline) => {
    const offset = ({ amount, unit }: Offset) => t('data.offset', { amount, unit });
    switch (deadline.kind) {
      case 'calendar':
        return deadline.phrase;
      case 'within':
        return t('data.rule.within', { offset: offset(deadline.offset), event: eventLabel(deadline.event) });
      case 'window':
        return t('data.rule.window', { from: offset(deadline.from), to: offset(deadline.to), event: eventLabel(deadline.event) });
    }
  }, [t, eventLabel]);
}

/** An amount in the reader's locale: "$5.5B" / "5.5 מיליארד $", ranges and "at least" in words. */
export function useFormatAmount(): (amount: Amount) => string {
  const t = useT();
  const { locale } = useLanguage();
  return useCallback((amount: Amount) => formatAmountIn(amount, locale, {
    range: (min, max) => t('data.amount.range', { min, max }),
    approximate: (value) => t('data.amount.approximate', { amount: value }),
    atLeast: (value) => t('data.amount.atLeast', { amount: value }),
  }), [t, locale]);
}
