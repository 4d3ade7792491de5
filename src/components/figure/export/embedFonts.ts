// The book's fonts, embedded in an export as data: URLs: an SVG drawn as an image (the PNG path) may load
// nothing, and a handout opened elsewhere should not fall back to another face. Only the families the
// figure uses, and of each only the files that draw its characters (fontsource splits every family by
// unicode-range: Latin, Greek, …).
import { rangeCovers } from './unicodeRange.ts';

const cache = new Map<string, Promise<string>>();

function fontFaceRules(sheet: CSSStyleSheet, out: CSSFontFaceRule[]): void {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return;
  }
  for (const rule of rules) {
    if (rule instanceof CSSImportRule && rule.styleSheet) fontFaceRules(rule.styleSheet, out);
    else if (rule instanceof CSSFontFaceRule) out.push(rule);
  }
}

const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');

/** The first family of each computed font-family list: the face the book meant. */
export function primaryFamily(fontFamily: string): string {
  return unquote(fontFamily.split(',')[0] ?? '');
}

function dataUrl(url: string): Promise<string> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: ${r.status}`);
        return r.blob();
      })
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
          }),
      );
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
}

/**
 * @font-face rules with embedded sources for each family in `families` (family → the text it draws); a
 * font that cannot be read is left out, and the file falls back to the family's local stand-in.
 */
export async function embedFonts(families: ReadonlyMap<string, string>): Promise<string> {
  const rules: CSSFontFaceRule[] = [];
  for (const sheet of document.styleSheets) fontFaceRules(sheet, rules);
  const faces = await Promise.all(
    rules.map(async (rule) => {
      const family = unquote(rule.style.getPropertyValue('font-family'));
      const range = rule.style.getPropertyValue('unicode-range');
      const text = families.get(family);
      if (text === undefined || !rangeCovers(range, text)) return '';
      const src = rule.style.getPropertyValue('src').match(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/);
      if (!src?.[1]) return '';
      try {
        const data = await dataUrl(new URL(src[1], rule.parentStyleSheet?.href ?? document.baseURI).href);
        const descriptors = ['font-style', 'font-weight', 'font-stretch', 'unicode-range']
          .map((d) => [d, rule.style.getPropertyValue(d)] as const)
          .filter(([, v]) => v !== '')
          .map(([d, v]) => `${d}:${v};`)
          .join('');
        return `@font-face{font-family:"${family}";${descriptors}src:url(${data}) format("woff2");}`;
      } catch {
        return '';
      }
    }),
  );
  return faces.filter((f) => f !== '').join('\n');
}
