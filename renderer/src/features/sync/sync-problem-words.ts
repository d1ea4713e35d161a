import { isolate } from '../../../../shared/text/bidi';
import type { GateRule } from '../../../../shared/sync/semantic-gate';
import type { SyncProblemWords } from '../../../../shared/sync/sync-problem';
import type { Translate } from '../../ui/i18n/I18nProvider';

/**
 * A sync problem's sentences in the interface's language: what happened and what to do, then,
 * when the gate named one, its rule in plain words, then the check's own English sentence (it
 * names the record and field, which no translation keeps exact). Names, addresses and English
 * details are isolated (bidi.ts), so a Hebrew sentence around them keeps its order.
 */
export function problemSentences(words: SyncProblemWords, t: Translate): readonly string[] {
  switch (words.kind) {
    case 'paused': {
      const { pause } = words;
      const direction = pause.direction === 'refused-from-peer' ? 'fromPeer' : 'byPeer';
      return [t('sync.problem.paused', { peer: isolate(pause.peer), direction }), ...gateReasonSentences(pause.rule, pause.reason, t)];
    }
    case 'fromPeer': return [t('sync.problem.fromPeer', { peer: isolate(words.peer), detail: isolate(words.detail) })];
    case 'serverUnreachable': return [t('sync.problem.serverUnreachable', { address: isolate(words.address) })];
    case 'rejoinFailed': return [t('sync.problem.rejoinFailed', { address: isolate(words.address), detail: isolate(words.detail) })];
    case 'other': return [t('sync.problem.other', { detail: isolate(words.detail) })];
    default: return [t(`sync.problem.${words.kind}`)];
  }
}

/** The gate's rule in plain words (when it named one), then its English detail (LAN and relay pauses). */
export function gateReasonSentences(rule: GateRule | null, reason: string, t: Translate): readonly string[] {
  return [...(rule ? [t(`sync.rule.${rule}`)] : []), t('sync.problem.detail', { detail: isolate(reason) })];
}
