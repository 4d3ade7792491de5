// A static copy of a figure for export: the same elements and attributes, minus what only works on the
// page (buttons' wiring, ids, links, screen-reader-only text, hidden parts, the actions bar), with form
// controls' current values written as attributes so the copy shows what the reader set.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Parts of a figure frame that are not its picture. */
const SKIP =
  '.figure-actions, .figure-status, .visually-hidden, .katex-mathml, [hidden], script, style, template, noscript';

/** Attributes that point into the page or drive it; the copy keeps ids only inside SVG (gradients, clips). */
const DROP_ATTRIBUTES = /^(on|tabindex$|for$|href$|xlink:href$|aria-controls$|aria-describedby$|popover)/;

function copyElement(source: Element): Element {
  const inSvg = source.namespaceURI === SVG_NS;
  // A custom element (<book-figure>) would upgrade and mount again: its copy is a plain div.
  const tag = !inSvg && source.localName.includes('-') ? 'div' : source.localName;
  const copy = inSvg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const attr of source.attributes) {
    if (DROP_ATTRIBUTES.test(attr.name)) continue;
    if (attr.name === 'id' && !inSvg) continue;
    copy.setAttribute(attr.name, attr.value);
  }
  if (source instanceof HTMLInputElement) {
    if (source.type === 'checkbox' || source.type === 'radio') {
      if (source.checked) copy.setAttribute('checked', '');
      else copy.removeAttribute('checked');
    } else copy.setAttribute('value', source.value);
  } else if (source instanceof HTMLOptionElement) {
    if (source.selected) copy.setAttribute('selected', '');
    else copy.removeAttribute('selected');
  } else if (source instanceof HTMLTextAreaElement) {
    copy.textContent = source.value;
  }
  return copy;
}

function copyChildren(source: Element, copy: Element): void {
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
    else if (child instanceof Element && !child.matches(SKIP)) {
      const c = copyElement(child);
      if (!(child instanceof HTMLTextAreaElement)) copyChildren(child, c);
      copy.append(c);
    }
  }
}

export function cloneForExport(source: Element): HTMLElement {
  const copy = copyElement(source) as HTMLElement;
  copyChildren(source, copy);
  return copy;
}

/** The caption in plain text, math as its TeX source, for the file's <desc>. */
export function captionText(figure: Element): string {
  const caption = figure.querySelector(':scope > figcaption')?.cloneNode(true) as HTMLElement | undefined;
  if (!caption) return '';
  caption.querySelector('.figure-meta')?.remove();
  for (const math of caption.querySelectorAll('.katex')) {
    const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
    math.replaceWith(tex);
  }
  return (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
}
