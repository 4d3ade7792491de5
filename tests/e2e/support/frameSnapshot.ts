// A figure's drawing as text, so its static first frame (built HTML, read with JavaScript off) and its first
// live frame (the D3 view after mount) can be compared line by line: element names, classes, the few
// attributes and style properties that carry geometry, and each element's own text, numbers rounded.
import type { Page } from '@playwright/test';

/**
 * One line per visible element under every match of each selector inside `frame` ('.figure-static' or
 * '.figure-live') of the figure `fid`. Hidden elements are left out: a view may keep an empty, hidden
 * slot that the static frame simply does not write.
 */
export function frameSnapshot(page: Page, fid: string, frame: string, selectors: readonly string[]) {
  return page.evaluate(
    ([fid, frame, selectors]) => {
      // Attributes that say what a mark is or where it stands; aria-*, tabindex and ids belong to the live
      // frame's interaction and are not part of the drawing.
      const ATTRS = [
        'data-label',
        'data-n',
        'title',
        'colspan',
        'd',
        'x',
        'y',
        'x1',
        'x2',
        'y1',
        'y2',
        'cx',
        'cy',
        'r',
        'width',
        'height',
        'transform',
        'viewBox',
      ];
      const STYLES = ['width', 'left', 'transform', 'background', 'background-color'] as const;
      const round = (s: string) => s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
      const own = (el: Element) =>
        [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
      const lines: string[] = [];
      const walk = (el: Element, depth: number) => {
        if (el.hasAttribute('hidden')) return;
        const cls = [...el.classList].sort().join('.');
        const attrs = ATTRS.filter((a) => el.hasAttribute(a)).map(
          (a) => `${a}=${round(el.getAttribute(a) ?? '')}`,
        );
        const style = (el as HTMLElement).style;
        const styles = style
          ? STYLES.filter((p) => style.getPropertyValue(p) !== '').map(
              (p) => `${p}:${round(style.getPropertyValue(p))}`,
            )
          : [];
        const text = own(el);
        lines.push(
          `${'  '.repeat(depth)}${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${[...attrs, ...styles].map((a) => ` [${a}]`).join('')}${text ? ` "${text}"` : ''}`,
        );
        for (const child of el.children) walk(child, depth + 1);
      };
      const root = document.querySelector(`book-figure[fid="${fid}"] > ${frame}`);
      if (!root) return [`no ${frame} in ${fid}`];
      for (const selector of selectors) {
        const found = root.querySelectorAll(selector);
        if (found.length === 0) lines.push(`nothing matches ${selector}`);
        for (const el of found) walk(el, 0);
      }
      return lines;
    },
    [fid, frame, selectors] as const,
  );
}
