// The bottleneck figure's two context vectors as plain data: for the short date and for the reader's text,
// a head ("…": 6 characters read → 16 numbers) and one square per number, on one colour scale so the rows
// compare. BottleneckFigure.astro (static first frame) and view.ts (live) both draw from it.
import type { Reading } from '../../models/translate.ts';
import { type Square, squares } from '../../ui/strip.ts';

export interface ContextStrip {
  input: 'short' | 'typed';
  head: string;
  squares: Square[];
}

export function contextStrips(short: Reading, typed: Reading, unit: 'characters' | 'digits'): ContextStrip[] {
  // One scale for both rows, never below 0.5, so an untrained model's small numbers stay pale.
  const scale = Math.max(0.5, ...short.context.map(Math.abs), ...typed.context.map(Math.abs));
  return (['short', 'typed'] as const).map((input) => {
    const r = input === 'short' ? short : typed;
    return {
      input,
      head:
        r.chars.length === 0
          ? 'nothing to read, so no context vector'
          : `"${r.chars.join('')}": ${r.chars.length} ${unit} read → ${r.context.length} numbers`,
      squares: squares(r.context, { name: 'c', scale }),
    };
  });
}
