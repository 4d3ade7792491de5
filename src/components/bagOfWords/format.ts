// Number and sentence formatting shared by the bag-of-words figures' live views and static frames.
import { type Comparison, type Cosine, type FeatureGroup, MAX_VECTOR_SHOWN } from './compare.ts';

const TOLERANCE = 1e-12;

export function int(n: number): string {
  return n.toLocaleString('en-US');
}

/** "= 0.6" when three decimals are exact (up to rounding error), "≈ 0.333" when they are not. */
export function approx(x: number): string {
  const r = Math.round(x * 1000) / 1000;
  const digits = r.toFixed(3).replace(/\.?0+$/, '');
  return `${Math.abs(r - x) < TOLERANCE ? '=' : '≈'} ${digits}`;
}

/** A vector length from its square: "3" for 9, "√3" for 3 (counts are integers, so the square is too). */
export function sqrtText(squared: number): string {
  const root = Math.round(Math.sqrt(squared));
  return root * root === squared ? int(root) : `√${int(squared)}`;
}

/** The arithmetic behind a cosine, in the book's notation: a·b / (‖a‖ ‖b‖). */
export function cosineWorking(c: Extract<Cosine, { value: number }>): string {
  const na = sqrtText(c.squaredNormA);
  const nb = sqrtText(c.squaredNormB);
  return `a·b = ${int(c.dot)}, ‖a‖ = ${na}, ‖b‖ = ${nb}, so cos(a, b) = ${int(c.dot)} / (${na} × ${nb}) ${approx(c.value)}`;
}

export function vectorText(v: readonly number[]): string {
  return `(${v.map(int).join(', ')})`;
}

const GROUP_NAMES = { word: ['word', 'words'], bigram: ['bigram', 'bigrams'] } as const;

export function groupName(kind: FeatureGroup['kind'], n: number): string {
  return GROUP_NAMES[kind][n === 1 ? 0 : 1];
}

/** Says how much of a group the table leaves out, or nothing when it lists every feature. */
export function groupNote(g: FeatureGroup): string | undefined {
  if (g.rows.length >= g.total) return undefined;
  return `Showing the ${int(g.rows.length)} most frequent of ${int(g.total)} ${groupName(g.kind, g.total)}.`;
}

/** The table's heading: how big the shared vocabulary is, split by kind when bigrams are counted. */
export function vocabularyTitle(groups: readonly FeatureGroup[]): string {
  const total = groups.reduce((n, g) => n + g.total, 0);
  const parts = groups.map((g) => `${int(g.total)} ${groupName(g.kind, g.total)}`);
  if (groups.length === 1) return `Count vectors over the shared vocabulary: ${parts[0]}`;
  return `Count vectors over the shared vocabulary: ${int(total)} features (${parts.join(' + ')})`;
}

/** What a group row says when the group is empty. */
export function emptyGroupText(kind: FeatureGroup['kind']): string {
  return kind === 'word'
    ? 'No words to count yet: type a sentence above.'
    : 'No bigrams: a sentence needs two words to make a pair.';
}

export const NO_WORDS = 'This sentence has no words to count.';

/** What follows a list cut short: " … and 12 more tokens" (or just "more" when `what` is empty). */
export function moreText(hidden: number, what = ''): string {
  return ` … and ${int(hidden)} more${what ? ` ${what}` : ''}`;
}

/** A count's bar, as a CSS width: its share of the largest count in the table. */
export function countWidth(n: number, maxCount: number): string {
  return `${maxCount > 0 ? (100 * n) / maxCount : 0}%`;
}

/** The lines under the cosine: the vectors (while short), then the working or the reason there is none. */
export function resultLines(c: Comparison): { className: string; text: string }[] {
  const out: { className: string; text: string }[] = [];
  if (c.cosine.value === null) {
    out.push({ className: 'widget-message bow-cos-none', text: c.cosine.reason });
    return out;
  }
  if (c.vocabulary.length <= MAX_VECTOR_SHOWN) {
    out.push({
      className: 'bow-vecline',
      text: `Over (${c.vocabulary.join(', ')}): a = ${vectorText(c.vectors[0])}, b = ${vectorText(c.vectors[1])}`,
    });
  }
  out.push({ className: 'widget-note bow-working', text: cosineWorking(c.cosine) });
  return out;
}
