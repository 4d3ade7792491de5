import { describe, expect, it } from 'vitest';
import { pseudoText } from './pseudoText.ts';

const attrs: Record<string, string> = { 'data-label': 'h₁' };
const attr = (name: string) => attrs[name] ?? null;

describe('pseudoText', () => {
  it('reads a quoted string', () => {
    expect(pseudoText('"→"', attr)).toBe('→');
  });
  it('reads attr() from the element', () => {
    expect(pseudoText('attr(data-label)', attr)).toBe('h₁');
  });
  it('joins several parts and unescapes quotes', () => {
    expect(pseudoText('"(" attr(data-label) "\\")"', attr)).toBe('(h₁")');
  });
  it('returns undefined when there is no box or the content is something it cannot read', () => {
    expect(pseudoText('none', attr)).toBeUndefined();
    expect(pseudoText('normal', attr)).toBeUndefined();
    expect(pseudoText('counter(item)', attr)).toBeUndefined();
  });
  it('returns an empty string for an empty box (a drawn shape with no text)', () => {
    expect(pseudoText('""', attr)).toBe('');
  });
});
