// Assembles one self-contained SVG file from the parts an export measured: the figure's HTML (in a
// <foreignObject>, styles inlined), its charts as real SVG placed where they were drawn, the fonts as
// data: URLs, and a title and description that carry the number, caption and link in plain text for
// tools that do not render HTML inside SVG.

export interface PlacedChart {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The chart's <svg> element serialized, its styles inlined. */
  markup: string;
}

export interface SvgParts {
  width: number;
  height: number;
  background: string;
  /** The figure (and footer) as XHTML, from XMLSerializer. */
  html: string;
  charts: readonly PlacedChart[];
  /** @font-face rules with data: sources. */
  fontCss: string;
  /** "Figure 4.2", the caption in plain text, the book's name and the absolute state link. */
  number: string;
  caption: string;
  book: string;
  link: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lengths in the file: two decimals at most, never NaN (a measurement that failed is a bug upstream). */
function len(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`an export measured a length of ${value}`);
  return String(Math.round(value * 100) / 100);
}

/** Moves a serialized <svg> to (x, y) at the given size by rewriting its opening tag. */
function place(chart: PlacedChart): string {
  const open = chart.markup.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('a placed chart is not an <svg> element');
  const attrs = open[0]
    .slice(4, -1)
    .replace(/\s(x|y|width|height)="[^"]*"/g, '')
    .replace(/\sxmlns="[^"]*"/, '');
  const tag = `<svg x="${len(chart.x)}" y="${len(chart.y)}" width="${len(chart.width)}" height="${len(chart.height)}"${attrs}>`;
  return tag + chart.markup.slice(open[0].length);
}

export function composeSvg(parts: SvgParts): string {
  const w = len(parts.width);
  const h = len(parts.height);
  const title = `${parts.number} · ${parts.book}`;
  const desc = `${parts.number}. ${parts.caption} Its exact state: ${parts.link}`;
  return [
    `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="figure-title figure-desc">`,
    `<title id="figure-title">${escapeXml(title)}</title>`,
    `<desc id="figure-desc">${escapeXml(desc)}</desc>`,
    `<style>${parts.fontCss}\n*{box-sizing:border-box}</style>`,
    `<rect width="${w}" height="${h}" fill="${escapeXml(parts.background)}"/>`,
    `<foreignObject x="0" y="0" width="${w}" height="${h}">${parts.html}</foreignObject>`,
    ...parts.charts.map(place),
    '</svg>',
  ].join('\n');
}
