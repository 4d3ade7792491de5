// Build-time data carried in a page as <script type="application/json">: JSON with every "<" escaped, so no
// string in it (a corpus line, a pasted sample) can close the element or open another one.
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
