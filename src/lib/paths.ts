// Every internal URL the book writes goes through here, so the built site works under any base path
// (a course page such as https://uni.example/course/unrolled/, set with BASE when building).

/** A base path in one shape: a leading and a trailing slash ('/', '/course/unrolled/'). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path this build serves from: Vite's BASE_URL (astro.config's `base`), '/' outside Vite. */
export function basePath(): string {
  return normaliseBase((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL);
}

/** `path` is root-relative as the book names it ('/chapters/rnns/', '/data/corpus/'); returns it under `base`. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`withBase expects a root-relative path such as "/chapters/", not "${path}"`);
  return normaliseBase(base) + path.slice(1);
}

/** A root-relative book path under the site's base path: withBase('/glossary/#bptt'). */
export function withBase(path: string): string {
  return joinBase(basePath(), path);
}

/** The book path of a served pathname: '/course/unrolled/chapters/rnns/' → '/chapters/rnns/'. */
export function stripBase(pathname: string, base: string = basePath()): string {
  const b = normaliseBase(base);
  if (b === '/') return pathname;
  if (pathname === b.slice(0, -1)) return '/';
  return pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
}
