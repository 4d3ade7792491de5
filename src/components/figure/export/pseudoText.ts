// The text a ::before or ::after box shows, from its computed `content`, so the export can write it as a
// real element (an exported file has no stylesheet to draw pseudo-elements from).

/**
 * Handles what the book's CSS uses: quoted strings and attr(name), possibly several in a row. Returns
 * undefined when the pseudo-element draws no text box (`none`, `normal`) or uses anything else.
 */
export function pseudoText(content: string, attr: (name: string) => string | null): string | undefined {
  if (content === '' || content === 'none' || content === 'normal') return undefined;
  const token = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([a-zA-Z-]+)\s*\))/y;
  let text = '';
  let at = 0;
  while (at < content.length) {
    token.lastIndex = at;
    const m = token.exec(content);
    if (!m) return undefined;
    if (m[3] !== undefined) text += attr(m[3]) ?? '';
    else text += (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1');
    at = token.lastIndex;
    while (content[at] === ' ') at++;
  }
  return text;
}
