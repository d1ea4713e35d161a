/**
 * Which matrix rows are rendered. A row is ~70 cell buttons: at 5,000 actions rendering every row
 * took seconds (tests/bench/plan-ui.bench.ts), so the matrix renders every initiative (a few
 * dozen, the compact's own) and its action rows a page at a time, "Show more" adding the next
 * page. Only rendering is paged: the gap counts, the column choice and the filter always see
 * every row, and the search finds an action wherever it is.
 */
import type { MatrixRow } from '../../../../shared/plan/owner-matrix';

/** Action rows rendered before "Show more", and how many each press adds. */
export const ACTION_PAGE = 15;

export interface MatrixPage {
  /** The rows to render: every initiative, then the first `limit` actions. */
  readonly rows: readonly MatrixRow[];
  readonly initiatives: number;
  /** Action rows in all, rendered or not. */
  readonly actions: number;
  /** Action rows rendered. */
  readonly shownActions: number;
  /** Action rows not rendered. */
  readonly hidden: number;
}

/**
 * `rows` are initiatives then actions (deriveOwnerMatrix's order, kept by any filter of it). When
 * nothing is hidden the same array comes back, so what is memoised on it stays valid.
 */
export function pageMatrix(rows: readonly MatrixRow[], limit: number): MatrixPage {
  const firstAction = rows.findIndex((row) => row.kind === 'action');
  const initiatives = firstAction === -1 ? rows.length : firstAction;
  const actions = rows.length - initiatives;
  const shownActions = Math.min(actions, Math.max(0, limit));
  const hidden = actions - shownActions;
  return { rows: hidden === 0 ? rows : rows.slice(0, initiatives + shownActions), initiatives, actions, shownActions, hidden };
}

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** What the matrix leaves out, said above it; null when every row is rendered. */
export function pagingText(page: MatrixPage): string | null {
  if (page.hidden === 0) return null;
  return `Showing ${count(page.initiatives, 'initiative')} and the first ${count(page.shownActions, 'action')} of ${page.actions.toLocaleString('en-US')}: ` +
    `${count(page.hidden, 'action row')} ${page.hidden === 1 ? 'is' : 'are'} not shown (the counts above include them). ` +
    'Search or filter to find an action, or use “Show more” below the matrix.';
}

/** The "Show more" button's words: how many it adds and how many are not shown. */
export function showMoreText(page: MatrixPage): string {
  const next = Math.min(ACTION_PAGE, page.hidden);
  return `Show ${next} more action${next === 1 ? '' : 's'} (${page.hidden.toLocaleString('en-US')} not shown)`;
}
