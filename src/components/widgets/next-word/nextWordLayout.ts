// What the next-word figure draws, as plain data: for each context window k its heading, and either a
// message or one bar per likely next word. NextWordFigure.astro (static first frame) and view.ts (live)
// both draw from it, so the two frames word and size every row alike.
import { format } from 'd3-format';
import { displayWord } from '../../ui/ngramWords.ts';
import { probabilityShare } from '../../ui/probabilityShare.ts';
import type { NextWordModel } from './model.ts';

const pct = format('.1%');
const int = format(',d');

export interface NextWordBar {
  word: string;
  /** Bar length, 0…1 of the track. */
  share: number;
  label: string;
}

export interface NextWordRowLayout {
  k: number;
  /** "k = 2", set in bold. */
  title: string;
  /** The rest of the heading: the context and how often the corpus has it. */
  context: string;
  message: string | null;
  bars: NextWordBar[];
}

export function nextWordLayout(model: NextWordModel): NextWordRowLayout[] {
  return model.rows.map((d) => {
    const r = d.report;
    return {
      k: d.k,
      title: `k = ${d.k}`,
      context:
        d.k === 0
          ? ' · no context: how common each word is overall'
          : ` · context "${r.context.join(' ')}"${r.status === 'seen' ? ` · seen ${int(r.contextCount)} times, followed by ${int(r.distinct)} different words` : ''}`,
      message: d.message ?? null,
      bars: d.message
        ? []
        : r.next.map((w) => ({
            word: displayWord(w.word),
            share: probabilityShare(w.p),
            label: `${pct(w.p)} (${int(w.count)})`,
          })),
    };
  });
}
