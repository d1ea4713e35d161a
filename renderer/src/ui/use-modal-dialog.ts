import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A native modal <dialog> for as long as the component is mounted: the browser makes the page
 * behind it inert, keeps Tab inside and turns Escape into a `cancel` event (the caller closes on
 * it). Focus goes to `initialFocus` (a selector inside the dialog) on open and back to whatever
 * had it before on close, if that element is still in the page.
 */
export function useModalDialog(initialFocus: string): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>(initialFocus)?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [initialFocus]);
  return dialog;
}
