// A bar's trough and fill (D3 only): the same two spans BarTrack.astro draws at build time, so the static
// first frame and the live view share its styles; the fill's class gives its colour.
import type { BaseType, Selection } from 'd3-selection';

/** The fill's CSS width for a share 0…1 of the trough; BarTrack.astro writes the same. */
export function shareWidth(share: number): string {
  return `${share * 100}%`;
}

/** Appends a trough (.bar-track) to each element of `parent` and returns the fills inside them. */
export function appendBarTrack<E extends BaseType, D, PE extends BaseType, PD>(
  parent: Selection<E, D, PE, PD>,
  fillClass: string,
) {
  return parent.append('span').attr('class', 'bar-track').append('span').attr('class', fillClass);
}
