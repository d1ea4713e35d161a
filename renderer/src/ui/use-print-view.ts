import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A record's print view while it is mounted: the page shows the record alone (the
 * `print-view-open` class hides the app's root), the page title is the PDF's name (the browser's
 * print dialog offers it), focus goes to the returned button and back to the opener on close, and
 * Escape closes from anywhere on the page — not only from inside the view: a Save button disabled
 * while busy makes Chromium move focus to <body>, outside the view.
 */
export function usePrintView(pdfName: string, onClose: () => void): RefObject<HTMLButtonElement | null> {
  const firstButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const title = document.title;
    document.documentElement.classList.add('print-view-open');
    firstButton.current?.focus();
    return () => {
      document.documentElement.classList.remove('print-view-open');
      document.title = title;
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    document.title = pdfName.replace(/\.pdf$/, '');
  }, [pdfName]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return firstButton;
}
