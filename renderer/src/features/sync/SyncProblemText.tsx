import type { SyncProblem } from '../../../../shared/sync/sync-problem';
import { useT } from '../../ui/i18n/I18nProvider';
import { problemSentences } from './sync-problem-words';

/** A LAN sync problem in the interface's language; one without words (a caller had none) in English as it came. */
export function SyncProblemText({ problem }: { readonly problem: SyncProblem }) {
  const t = useT();
  return <>{problem.words ? problemSentences(problem.words, t).join(' ') : problem.message}</>;
}
