// Opening the tiny GPT's heads: the reader's text read in the model's alphabet, and one computed sentence for
// what a head mostly does (the mean weight it puts on each offset back, and on the first character). The
// attention itself is computed in the training worker (gptAttention, asked by GptRun.heads).

/** The reader's text as the model reads it: the characters in its alphabet, at most `context` of them, and what was left out. */
export interface ProbeReading {
  chars: string[];
  ids: number[];
  /** Distinct characters the model's alphabet lacks (skipped). */
  unknown: string[];
  /** Characters past the context that were cut off. */
  cut: number;
}

export function readProbe(text: string, vocab: readonly string[], context: number): ProbeReading {
  const index = new Map(vocab.map((ch, i) => [ch, i]));
  const chars: string[] = [];
  const ids: number[] = [];
  const unknown = new Set<string>();
  let cut = 0;
  for (const ch of text) {
    const id = index.get(ch);
    if (id === undefined) unknown.add(ch);
    else if (chars.length < context) {
      chars.push(ch);
      ids.push(id);
    } else cut++;
  }
  return { chars, ids, unknown: [...unknown], cut };
}

/** Offsets back a head's summary names (0 is the character itself). */
export const OFFSETS = [0, 1, 2, 3] as const;
/** Queries read for the summary start here, so each has at least this many earlier keys (and offset 3 and the first character differ). */
export const FIRST_QUERY = 4;

export interface HeadSummary {
  /** Mean weight on offset k back, for k in OFFSETS, over queries FIRST_QUERY… */
  offsets: number[];
  /** Mean weight on the first character. */
  first: number;
  /** Mean weight an even spread over the keys would give one key: the yardstick. */
  even: number;
  /** What it mostly looks at: an offset, the first character, or nothing in particular. */
  pick:
    | { kind: 'offset'; k: number; weight: number }
    | { kind: 'first'; weight: number }
    | { kind: 'spread' };
  text: string;
}

const OFFSET_NAMES = [
  'the character itself',
  'the previous character',
  'the character two back',
  'the character three back',
];

/** A head "mostly looks at" something when its mean weight there is at least this many times an even spread's. */
export const STANDS_OUT = 2;

/** What one head's attention map mostly does, measured; null when the text is too short to say. */
export function headSummary(w: readonly (readonly number[])[]): HeadSummary | null {
  const T = w.length;
  if (T <= FIRST_QUERY) return null;
  const n = T - FIRST_QUERY;
  const mean = (f: (i: number) => number) => {
    let s = 0;
    for (let i = FIRST_QUERY; i < T; i++) s += f(i);
    return s / n;
  };
  const offsets = OFFSETS.map((k) => mean((i) => w[i][i - k]));
  const first = mean((i) => w[i][0]);
  const even = mean((i) => 1 / (i + 1));
  const best = offsets.reduce((b, v, k) => (v > offsets[b] ? k : b), 0);
  const f2 = (v: number) => v.toFixed(2);
  const evenText = `an even spread would give ${f2(even)}`;
  if (Math.max(offsets[best], first) < STANDS_OUT * even) {
    return {
      offsets,
      first,
      even,
      pick: { kind: 'spread' },
      text: `spreads its attention: at most ${f2(Math.max(offsets[best], first))} on average on any of the last ${OFFSETS.length} characters or the first (${evenText}).`,
    };
  }
  if (first > offsets[best])
    return {
      offsets,
      first,
      even,
      pick: { kind: 'first', weight: first },
      text: `mostly looks at the first character of the text: mean weight ${f2(first)} (${evenText}).`,
    };
  return {
    offsets,
    first,
    even,
    pick: { kind: 'offset', k: best, weight: offsets[best] },
    text: `mostly looks at ${OFFSET_NAMES[best]}: mean weight ${f2(offsets[best])} on offset ${best === 0 ? '0' : `−${best}`} (${evenText}).`,
  };
}
