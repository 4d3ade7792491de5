import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportName.ts';

describe('exportFileName', () => {
  it('names a light SVG by book, figure number and id', () => {
    expect(exportFileName('4.2', 'gradient-flow', 'svg', 'light')).toBe('unrolled-fig-4-2-gradient-flow.svg');
  });
  it('marks a dark export and keeps the format as the extension', () => {
    expect(exportFileName('7.1', 'attention-lab', 'png', 'dark')).toBe(
      'unrolled-fig-7-1-attention-lab-dark.png',
    );
  });
  it('turns anything that is not a letter or digit into single dashes', () => {
    expect(exportFileName(' 3.10 ', 'Char RNN!', 'svg', 'light')).toBe('unrolled-fig-3-10-char-rnn.svg');
  });
  it('leaves out an empty number instead of writing a double dash', () => {
    expect(exportFileName('', 'x', 'svg', 'light')).toBe('unrolled-fig-x.svg');
  });
});
