import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads a PDF back as text, page by page (pdf.js's legacy build, which runs in Node): the way a
 * reviewer's reader would see it. Each page's text items are joined with spaces, lines with
 * newlines, so a test can look for headings, headers and rows per page.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      pages.push(text.replace(/[ \t]+/g, ' '));
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

export interface PdfTextItem {
  readonly page: number;
  readonly text: string;
  /** pdf.js's reading of the run's direction. */
  readonly dir: string;
  /** Left and right edges in PDF points, and the page's width. */
  readonly left: number;
  readonly right: number;
  readonly pageWidth: number;
}

/** The PDF's text runs with where each sits on its page: to check alignment, not only words. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfTextItem[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const items: PdfTextItem[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const pageWidth = page.getViewport({ scale: 1 }).width;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const left = item.transform[4] as number;
        items.push({ page: number, text: item.str, dir: item.dir, left, right: left + item.width, pageWidth });
      }
    }
    return items;
  } finally {
    await pdf.destroy();
  }
}
