import { useTandemStore } from '../../state/store';
import type { Translate } from '../../ui/i18n/I18nProvider';

/**
 * What to show beside a field when a command was refused: the notice the command reported. The
 * notice also shows at the top of the workspace, out of sight of a field in the panel or a row,
 * so the field repeats it where the person is looking.
 */
export function refusal(ok: boolean, t: Translate): string | null {
  return ok ? null : useTandemStore.getState().notice ?? t('plan.notMade');
}
