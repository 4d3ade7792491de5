// The longest search the book accepts, and the cut applied to a longer one. A query travels in the URL
// (/search/?q=…): an unbounded one (a 100 KB paste) made the server refuse the request (HTTP 431).

export const MAX_QUERY_CHARS = 200;

/** Say this when a query was cut, so the reader knows the rest was not searched. */
export const CUT_MESSAGE = `Searches use at most ${MAX_QUERY_CHARS} characters; the rest was left out.`;

/** The query to search for, at most MAX_QUERY_CHARS characters (never splitting a character), and whether it was cut. */
export function capQuery(text: string): { query: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= MAX_QUERY_CHARS) return { query: text, cut: false };
  return { query: chars.slice(0, MAX_QUERY_CHARS).join(''), cut: true };
}
