import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a .docx back the way a checker would: unzip it, take word/document.xml, and pull out the
 * text of each table row's cells and of each paragraph outside tables. A deliberately small
 * reader (regular expressions over WordprocessingML), independent of the library that wrote it.
 */
export interface DocxContent {
  readonly xml: string;
  /** Body paragraphs outside tables, in order. */
  readonly paragraphs: readonly string[];
  /** Each table as rows of cell texts. */
  readonly tables: readonly (readonly (readonly string[])[])[];
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1]!)).join('');
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const entry = files['word/document.xml'];
  if (!entry) throw new Error('no word/document.xml in the file');
  const xml = strFromU8(entry);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1]!)),
    ),
  );
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1]!));
  return { xml, paragraphs, tables };
}
