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
