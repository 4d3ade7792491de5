// Book paths as the tests name them ('/chapters/rnns/'), opened under whatever base the project serves:
// Playwright resolves a relative URL against baseURL, so './chapters/rnns/' lands under /course/unrolled/.

/** '/chapters/rnns/' → './chapters/rnns/'; '/' → './'. */
export function at(path: string): string {
  if (!path.startsWith('/')) throw new Error(`at() takes a book path from the root, not "${path}"`);
  return `.${path}`;
}

/** The path part of the project's baseURL, with a trailing slash: '/' at the root, '/course/unrolled/' below. */
export function basePathOf(baseURL: string): string {
  return new URL(baseURL).pathname.replace(/\/?$/, '/');
}
