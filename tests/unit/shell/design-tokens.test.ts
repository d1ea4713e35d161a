import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The :root custom properties of the app's stylesheet, as written (hex colours only are checked). */
function rootTokens(): Map<string, string> {
  const css = readFileSync(new URL('../../../renderer/src/shell/styles.css', import.meta.url), 'utf8');
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  return new Map([...root.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Every text colour token over every surface it is drawn on. */
const TEXT_ON = [
  ['ink', ['canvas', 'surface', 'surface-sunken', 'surface-hover', 'accent-soft', 'us-soft', 'il-soft', 'warn-bg', 'danger-soft', 'success-soft']],
  ['ink-soft', ['canvas', 'surface', 'surface-sunken']],
  ['muted', ['canvas', 'surface', 'surface-sunken', 'accent-soft']],
  ['accent', ['canvas', 'surface', 'surface-sunken', 'accent-soft']],
  ['us', ['surface', 'us-soft', 'canvas']],
  ['il', ['surface', 'il-soft', 'canvas']],
  ['success', ['surface', 'success-soft']],
  ['error', ['surface', 'danger-soft', 'canvas']],
  ['warning-ink', ['warn-bg', 'surface']],
  ['surface', ['accent', 'us', 'il']],
] as const;

describe('design tokens', () => {
  const tokens = rootTokens();

  it('are all hex colours where a pair names them', () => {
    for (const [text, surfaces] of TEXT_ON) {
      for (const name of [text, ...surfaces]) expect(tokens.get(name), `--${name}`).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
    }
  });

  it.each(TEXT_ON.flatMap(([text, surfaces]) => surfaces.map((surface) => [text, surface] as const)))('--%s on --%s reads at 4.5:1 or more', (text, surface) => {
    expect(contrast(tokens.get(text)!, tokens.get(surface)!)).toBeGreaterThanOrEqual(4.5);
  });

  it('tell the two delegations apart', () => {
    expect(tokens.get('us')).not.toBe(tokens.get('il'));
  });

  it('measure contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeLessThan(4.5);
  });
});
