// How long each word's bar is: the share itself on a linear track, so "two thousandths reaches 'student'"
// looks like two thousandths. A log track (10⁻¹² empty, 1 full) drew that share at 78% of the bar and said
// the opposite of the sentence beside it. Used by the static first frame and the live view alike.

/** The track's full length: the whole gradient at the last word, or the largest share if one is larger. */
export function shareTop(shares: readonly number[]): number {
  return Math.max(1, ...shares.filter(Number.isFinite));
}

/** The bar's length in percent of the track. */
export function shareBar(share: number, top: number): number {
  return Number.isFinite(share) && share > 0 ? Math.min(100, (share / top) * 100) : 0;
}
