// The absolute address printed on an exported figure: the published site (SITE, BASE) when it is known,
// so a handout's link leads readers to the book and not to the machine that made the export.
import { joinBase, stripBase } from '../../../lib/paths.ts';

export interface StateUrlParts {
  /** The build's SITE (astro.config `site`), e.g. https://uni.example; may be empty. */
  site: string | undefined;
  /** The build's BASE, e.g. /course/unrolled/. */
  base: string;
  /** Where the page is served now: location.origin and location.pathname. */
  origin: string;
  pathname: string;
  /** The figure's id (the link scrolls to it) and its state parameters (`fid.key` → text). */
  fid: string;
  entries: readonly (readonly [string, string])[];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * SITE wins unless it names a loopback address (the build's default, 127.0.0.1:4321): then the page's own
 * origin is the one address known to reach the book.
 */
export function stateUrl(parts: StateUrlParts): string {
  const site = parts.site ? new URL(parts.site) : undefined;
  const origin = site && !LOOPBACK.test(site.hostname) ? site.origin : parts.origin;
  const url = new URL(joinBase(parts.base, stripBase(parts.pathname, parts.base)), origin);
  for (const [k, v] of parts.entries) url.searchParams.set(k, v);
  url.hash = parts.fid;
  return url.toString();
}
