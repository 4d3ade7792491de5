// The HTML the search index reads: each KaTeX formula (MathML + TeX annotation + drawn layer, which
// searched as "hth_tht") replaced by its plain text, once. The built pages themselves are not changed.
import { texToPlain } from './texToPlain.ts';

const OPEN = '<span class="katex">';
const ANNOTATION = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where the <span> opened at `start` closes (just after its </span>), counting nested spans. */
function spanEnd(html: string, start: number): number {
  const tags = /<span\b|<\/span>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</span>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error('a KaTeX formula is never closed');
}

export function plainMathHtml(html: string): string {
  let out = '';
  let from = 0;
  for (let at = html.indexOf(OPEN); at >= 0; at = html.indexOf(OPEN, from)) {
    const end = spanEnd(html, at);
    const tex = ANNOTATION.exec(html.slice(at, end))?.[1];
    out += html.slice(from, at);
    out += tex === undefined ? '' : `<span>${encode(texToPlain(decode(tex)))}</span>`;
    from = end;
  }
  return out + html.slice(from);
}
