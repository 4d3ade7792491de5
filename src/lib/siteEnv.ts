// Reads where the book will be published from the build's environment: SITE (the address readers use)
// and BASE (the folder under it). astro.config and the markup plugin read the same values through here.
import { normaliseBase } from './paths.ts';

export interface SiteTarget {
  /** An absolute http(s) URL without a path, e.g. https://uni.example. */
  site: string;
  /** A path with a leading and a trailing slash, e.g. /course/unrolled/. */
  base: string;
}

const LOCAL_SITE = 'http://127.0.0.1:4321';

export function siteFromEnv(env: Record<string, string | undefined>): SiteTarget {
  const raw = env.SITE?.trim() || LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE="${raw}" is not an address; give the host readers use, e.g. SITE=https://uni.example`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE="${raw}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE="${raw}" has a path; put the folder in BASE instead, e.g. SITE=${url.origin} BASE=${url.pathname}`,
    );
  const base = env.BASE?.trim() ?? '/';
  if (/[?#\\\s]|\/\/|\.\./.test(base) || /^[a-z]+:/i.test(base))
    throw new Error(`BASE="${base}" must be a plain folder path such as /course/unrolled/`);
  return { site: url.origin, base: normaliseBase(base) };
}
