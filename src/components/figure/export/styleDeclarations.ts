// Which computed styles an exported element carries in its style attribute. The exported file has no
// stylesheet, so every look the page's CSS gave an element must be written on it; CSS variables arrive
// resolved because computed values are. To keep files small, an inherited property is written only where
// it differs from the parent's (except on form controls, which the browser gives a font of their own), and
// any other property where it differs from its initial value or the browser's stylesheet may set it.

/** Reads one computed property (CSSStyleDeclaration.getPropertyValue). */
export type StyleReader = (property: string) => string;

export type ElementKind = 'html' | 'svg';

/** Inherited by children in CSS: written where they change. */
const HTML_INHERITED = [
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'text-indent',
  'white-space',
  'word-break',
  'overflow-wrap',
  'visibility',
  'list-style-type',
  'list-style-position',
  'border-collapse',
  'border-spacing',
  'accent-color',
  'color-scheme',
];

/**
 * Box properties the browser's own stylesheet gives some elements (a <figure>'s margin, a <ul>'s padding, a
 * button's border and background): always written, since the file is drawn with that stylesheet too.
 */
const HTML_ALWAYS = [
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'background-color',
];

/** Not inherited: written where they differ from these values (their initial or the export's own base). */
const HTML_OWN: Record<string, string> = {
  position: 'static',
  top: 'auto',
  right: 'auto',
  bottom: 'auto',
  left: 'auto',
  'z-index': 'auto',
  float: 'none',
  'box-sizing': 'border-box',
  'border-top-left-radius': '0px',
  'border-top-right-radius': '0px',
  'border-bottom-right-radius': '0px',
  'border-bottom-left-radius': '0px',
  'background-image': 'none',
  opacity: '1',
  'overflow-x': 'visible',
  'overflow-y': 'visible',
  'flex-direction': 'row',
  'flex-wrap': 'nowrap',
  'justify-content': 'normal',
  'align-items': 'normal',
  'align-content': 'normal',
  'align-self': 'auto',
  'row-gap': 'normal',
  'column-gap': 'normal',
  'flex-grow': '0',
  'flex-shrink': '1',
  'flex-basis': 'auto',
  order: '0',
  'grid-template-columns': 'none',
  'grid-template-rows': 'none',
  'grid-column-start': 'auto',
  'grid-column-end': 'auto',
  'grid-row-start': 'auto',
  'grid-row-end': 'auto',
  'vertical-align': 'baseline',
  'text-decoration-line': 'none',
  'text-decoration-style': 'solid',
  'box-shadow': 'none',
  transform: 'none',
  'table-layout': 'auto',
  'text-overflow': 'clip',
};

const BORDER_SIDES = ['top', 'right', 'bottom', 'left'];

const SVG_INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'shape-rendering',
];

const SVG_OWN: Record<string, string> = {
  opacity: '1',
  'mix-blend-mode': 'normal',
  'alignment-baseline': 'auto',
  'vector-effect': 'none',
};

/** An image from another host would break the "one self-contained file" rule: only data: URLs stay. */
function selfContained(value: string): boolean {
  const urls = value.match(/url\(\s*["']?([^"')]*)/g) ?? [];
  return urls.every((u) => /url\(\s*["']?data:/.test(u));
}

/**
 * The declarations (property → value) to write on one element. `parent` reads the parent's computed
 * style; omit it for an element that starts a new context (the export's root, an extracted chart), which
 * then carries every inherited property. `sized`: write width and height (boxes whose size the export
 * must keep; the caller decides, since inline boxes take theirs from their text).
 */
export function styleDeclarations(
  kind: ElementKind,
  read: StyleReader,
  parent?: StyleReader,
  sized = false,
): [string, string][] {
  const out: [string, string][] = [];
  const inherited = kind === 'html' ? HTML_INHERITED : SVG_INHERITED;
  const own = kind === 'html' ? HTML_OWN : SVG_OWN;
  for (const p of inherited) {
    const v = read(p);
    if (v !== '' && (!parent || parent(p) !== v)) out.push([p, v]);
  }
  if (kind === 'html') {
    out.push(['display', read('display')]);
    for (const p of HTML_ALWAYS) out.push([p, read(p)]);
    if (sized) out.push(['width', read('width')], ['height', read('height')]);
  }
  for (const [p, initial] of Object.entries(own)) {
    const v = read(p);
    if (v === '' || v === initial) continue;
    if (p === 'background-image' && !selfContained(v)) continue;
    out.push([p, v]);
  }
  if (kind === 'html') {
    for (const side of BORDER_SIDES) {
      const style = read(`border-${side}-style`);
      if (style === 'none' || style === '' || read(`border-${side}-width`) === '0px') {
        out.push([`border-${side}-style`, 'none']);
        continue;
      }
      out.push(
        [`border-${side}-width`, read(`border-${side}-width`)],
        [`border-${side}-style`, style],
        [`border-${side}-color`, read(`border-${side}-color`)],
      );
    }
  }
  return out;
}

/** The declarations as a style attribute's text. */
export function styleText(declarations: readonly (readonly [string, string])[]): string {
  return declarations.map(([p, v]) => `${p}:${v}`).join(';');
}
