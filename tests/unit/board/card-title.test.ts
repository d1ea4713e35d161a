import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../renderer/src/features/board/use-card-title';

describe('a card title stays one line', () => {
  it('turns a typed or pasted line break, and the spaces around it, into one space', () => {
    expect(oneLine('Convene the\nsteering committee')).toBe('Convene the steering committee');
    expect(oneLine('Convene the  \r\n  steering committee')).toBe('Convene the steering committee');
    expect(oneLine('כינוס\n\nועדת ההיגוי')).toBe('כינוס ועדת ההיגוי');
  });

  it('leaves a title without line breaks as it is, inner spaces included', () => {
    expect(oneLine('  AI-1:  the first call ')).toBe('  AI-1:  the first call ');
  });
});
