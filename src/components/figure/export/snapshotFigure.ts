// Takes a figure as it looks now and returns it as parts of a self-contained SVG: a static copy is laid
// out off screen in the chosen theme, its computed styles are written onto it, its charts are lifted out
// as real SVG at the positions they were drawn, and the rest becomes XHTML for a <foreignObject>.
// The reading pass yields to the page every few milliseconds, so a large figure never freezes it.
import { cloneForExport } from './cloneForExport.ts';
import type { PlacedChart } from './composeSvg.ts';
import { primaryFamily } from './embedFonts.ts';
import type { ExportTheme } from './exportName.ts';
import { pseudoText } from './pseudoText.ts';
import { type ElementKind, styleDeclarations, styleText } from './styleDeclarations.ts';
import { themeVariables } from './themeVariables.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Work between yields to the page, well under the 50 ms a reader notices. */
const SLICE_MS = 8;
/** Space around the figure frame in the file. */
const MARGIN_PX = 16;

export interface Footer {
  book: string;
  link: string;
}

export interface Snapshot {
  width: number;
  height: number;
  background: string;
  html: string;
  charts: PlacedChart[];
  /** The font families the copy's text uses, each with that text (to pick the files to embed). */
  families: Map<string, string>;
}

/** Boxes that keep their measured size; inline boxes take theirs from their text. */
function sized(el: Element, display: string): boolean {
  if (/^(input|select|button|textarea|img)$/.test(el.localName)) return true;
  return !(display === 'inline' || display === 'contents' || display === 'none');
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function footerElement(footer: Footer): HTMLElement {
  const p = document.createElement('p');
  p.style.cssText =
    'margin:10px 2px 0;font-family:var(--font-ui);font-size:12px;line-height:1.4;color:var(--fg-soft);overflow-wrap:anywhere';
  const book = document.createElement('strong');
  book.style.color = 'var(--fg)';
  book.textContent = footer.book;
  const link = document.createElement('a');
  link.href = footer.link;
  link.style.color = 'var(--accent)';
  link.textContent = footer.link;
  p.append(book, document.createElement('br'), link);
  return p;
}

interface Pending {
  el: Element;
  style: string;
  before?: { text: string; style: string };
  after?: { text: string; style: string };
  /** A <progress> bar: drawn as two boxes, since its filled part is a pseudo-element no style attribute reaches. */
  progress?: { fraction: number; fill: string };
  /** Outermost charts: their HTML box (for the placeholder) and position. */
  chart?: { box: string; x: number; y: number; width: number; height: number };
}

export async function snapshotFigure(
  figure: HTMLElement,
  theme: ExportTheme,
  footer: Footer,
): Promise<Snapshot> {
  const copy = cloneForExport(figure);
  copy.style.margin = '0';
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  for (const [name, value] of themeVariables(theme)) host.style.setProperty(name, value);
  host.style.cssText += `;position:fixed;left:-100000px;top:0;width:${figure.getBoundingClientRect().width + 2 * MARGIN_PX}px;padding:${MARGIN_PX}px;background:var(--bg);color:var(--fg);font-family:var(--font-ui)`;
  host.append(copy, footerElement(footer));
  document.body.append(host);
  try {
    await document.fonts.ready;
    const origin = host.getBoundingClientRect();
    const families = new Map<string, string>();
    const uses = (fontFamily: string, text: string) => {
      const family = primaryFamily(fontFamily);
      families.set(family, (families.get(family) ?? '') + text);
    };
    const styles = new Map<Element, CSSStyleDeclaration>();
    const read = (s: CSSStyleDeclaration) => (p: string) => s.getPropertyValue(p);
    const pending: Pending[] = [];
    let started = performance.now();
    for (const el of [host, ...host.querySelectorAll('*')]) {
      if (performance.now() - started > SLICE_MS) {
        await yieldToPage();
        started = performance.now();
      }
      const s = getComputedStyle(el);
      styles.set(el, s);
      const parentStyle = el.parentElement ? styles.get(el.parentElement) : undefined;
      const inSvg = el.namespaceURI === SVG_NS;
      const outermost = inSvg && el.localName === 'svg' && !el.parentElement?.closest('svg');
      const kind: ElementKind = inSvg ? 'svg' : 'html';
      // Form controls take their font from the browser's stylesheet, not their parent: they carry all of it.
      const control = /^(input|select|button|textarea|option|optgroup)$/.test(el.localName);
      const parent = el === host || outermost || control || !parentStyle ? undefined : read(parentStyle);
      const ownText = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const hasText = (el.textContent ?? '').trim() !== '';
      let decl = styleDeclarations(kind, read(s), parent, !inSvg && sized(el, s.display));
      if (el === host) decl = decl.filter(([p]) => !/^(position|top|left|right|bottom|z-index)$/.test(p));
      // A box holding text may grow but not shrink: where the file's text comes out a little wider (a glyph
      // from a fallback font, another viewer), it pushes the layout instead of wrapping over its neighbours.
      // Math is the exception: KaTeX places every sub- and superscript by exact box heights.
      if (hasText && !control && !el.closest('.katex'))
        decl = decl.filter(([p]) => p !== 'height').map(([p, v]) => [p === 'width' ? 'min-width' : p, v]);
      const item: Pending = { el, style: styleText(decl) };
      if (ownText) uses(s.fontFamily, ownText);
      if (!inSvg) {
        for (const which of ['before', 'after'] as const) {
          const ps = getComputedStyle(el, `::${which}`);
          const text = pseudoText(ps.content, (name) => el.getAttribute(name));
          if (text === undefined) continue;
          if (text.trim()) uses(ps.fontFamily, text);
          const pdecl = styleDeclarations('html', read(ps), read(s), sized(el, ps.display) && !text);
          item[which] = { text, style: styleText(pdecl) };
        }
      }
      if (el instanceof HTMLProgressElement) {
        const fill = getComputedStyle(el, '::-webkit-progress-value').backgroundColor;
        const fraction =
          el.max > 0 && el.hasAttribute('value') ? Math.min(1, Math.max(0, el.value / el.max)) : 0;
        // Not every browser answers for the pseudo-element; the bar's accent colour is the book's fill too.
        const drawn = fill !== '' && fill !== 'rgba(0, 0, 0, 0)' && fill !== 'transparent';
        item.progress = { fraction, fill: drawn ? fill : s.accentColor };
      }
      if (outermost) {
        const r = el.getBoundingClientRect();
        item.chart = {
          // The placeholder keeps the chart's box in the HTML flow; an inline <svg> becomes an inline block.
          box: styleText(
            styleDeclarations('html', read(s), parentStyle && read(parentStyle), true).map(([p, v]) =>
              p === 'display' && v === 'inline' ? [p, 'inline-block'] : [p, v],
            ),
          ),
          x: r.left - origin.left,
          y: r.top - origin.top,
          width: r.width,
          height: r.height,
        };
      }
      pending.push(item);
    }
    const width = origin.width;
    const height = host.getBoundingClientRect().height;
    const background = getComputedStyle(host).backgroundColor;
    host.remove();

    const charts: PlacedChart[] = [];
    const serializer = new XMLSerializer();
    for (const item of pending) {
      item.el.setAttribute('style', item.style);
      for (const which of ['before', 'after'] as const) {
        const p = item[which];
        if (!p) continue;
        const span = document.createElement('span');
        span.setAttribute('style', p.style);
        span.textContent = p.text;
        if (which === 'before') item.el.prepend(span);
        else item.el.append(span);
      }
    }
    for (const item of pending) {
      if (!item.progress) continue;
      const track = document.createElement('div');
      track.setAttribute('style', item.style);
      const bar = document.createElement('div');
      bar.setAttribute(
        'style',
        `height:100%;width:${(item.progress.fraction * 100).toFixed(2)}%;background-color:${item.progress.fill}`,
      );
      track.append(bar);
      item.el.replaceWith(track);
    }
    for (const item of pending) {
      if (!item.chart) continue;
      const { box, x, y, width: w, height: h } = item.chart;
      if (w > 0 && h > 0)
        charts.push({ x, y, width: w, height: h, markup: serializer.serializeToString(item.el) });
      const placeholder = document.createElement('div');
      placeholder.setAttribute('style', `${box};width:${w}px;height:${h}px`);
      item.el.replaceWith(placeholder);
    }
    return { width, height, background, html: serializer.serializeToString(host), charts, families };
  } finally {
    host.remove();
  }
}
