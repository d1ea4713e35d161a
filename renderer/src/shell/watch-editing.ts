import { useTandemStore } from '../state/store';

/**
 * Which action this person is editing, for presence: the one open in the detail dialog, else the
 * board row holding the focus (rows carry data-action-id). Reported on change only.
 */
export function watchEditing(report: (actionId: string | null) => void): () => void {
  let focused: string | null = null;
  let last: string | null | undefined;
  const emit = () => {
    const editing = useTandemStore.getState().detailActionId ?? focused;
    if (editing === last) return;
    last = editing;
    report(editing);
  };
  const onFocus = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action-id]') : null;
    focused = target?.getAttribute('data-action-id') ?? null;
    emit();
  };
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget === null) {
      focused = null;
      emit();
    }
  };
  document.addEventListener('focusin', onFocus);
  document.addEventListener('focusout', onBlur);
  const unsubscribe = useTandemStore.subscribe(emit);
  emit();
  return () => {
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('focusout', onBlur);
    unsubscribe();
  };
}
