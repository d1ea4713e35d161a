import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No component renders a literal English sentence: every word a user reads comes from the
 * message files (renderer/src/ui/i18n/messages/), so it exists in Hebrew too. The check reads
 * the source of every .tsx file: JSX text, string literals given as JSX children, and the
 * attributes a user reads or hears (aria-label, title, placeholder, alt, label). Every
 * component is checked: none is left English-only.
 */
const RENDERER = path.resolve(__dirname, '../../../renderer/src');

/** Words that read the same in every language: product and format names, and key caps. */
const SAME_IN_EVERY_LANGUAGE = /^(Tandem|PDF|DOCX|CSV|Markdown|JSON|ISO|Yjs|LAN|URL|Esc|Ctrl|Alt|Shift|Enter|Tab)$/;
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** True when the text has a word a reader would need translated. */
export function readsAsEnglish(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’]+/g) ?? [];
  return words.some((word) => !SAME_IN_EVERY_LANGUAGE.test(word));
}

/** Every literal English string a file renders, as "line: text". */
export function literalEnglish(source: string, fileName = 'file.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!readsAsEnglish(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${line + 1}: ${text.trim().slice(0, 60)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      const expression = node.expression;
      if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) report(expression, expression.text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      if (ts.isJsxExpression(value) && value.expression && (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression))) {
        report(value.expression, value.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no literal English in components', () => {
  const files = tsxFiles(RENDERER).map((file) => path.relative(RENDERER, file).split(path.sep).join('/'));

  it('finds English in JSX text, children and read attributes, not in names or code (the check can fail)', () => {
    const source = `export const A = () => <p title="Open the plan" aria-label={'Close'} data-x="ignored words">
      Hello there {'Save changes'} {t('plan.open')} PDF <b>{count}</b></p>;`;
    expect(literalEnglish(source)).toEqual(['1: Open the plan', '1: Close', '2: Hello there', '2: Save changes']);
    expect(literalEnglish('export const B = () => <p>{t("x")} · PDF · DOCX</p>;')).toEqual([]);
  });

  it('walks the renderer’s components', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s renders no literal English', (file) => {
    expect(literalEnglish(readFileSync(path.join(RENDERER, file), 'utf8'), file)).toEqual([]);
  });
});
