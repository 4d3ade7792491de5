// The book's colour variables for either theme, read from its own stylesheet (global.css: `:root` holds
// the light palette, `:root[data-theme="dark"]` overrides it), so an export can be drawn in the theme the
// reader did not pick without switching the page (which would flash).
import type { ExportTheme } from './exportName.ts';

const LIGHT = ':root';
const DARK = ':root[data-theme="dark"]';

function* styleRules(sheet: CSSStyleSheet): Generator<CSSStyleRule> {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return; // a sheet from another origin cannot be read (the book has none)
  }
  for (const rule of rules) {
    if (rule instanceof CSSImportRule && rule.styleSheet) yield* styleRules(rule.styleSheet);
    else if (rule instanceof CSSStyleRule) yield rule;
  }
}

/** Every custom property and color-scheme the theme's :root rules set, later rules winning. */
export function themeVariables(theme: ExportTheme): Map<string, string> {
  const vars = new Map<string, string>();
  const wanted = theme === 'dark' ? [LIGHT, DARK] : [LIGHT];
  for (const selector of wanted) {
    for (const sheet of document.styleSheets) {
      for (const rule of styleRules(sheet)) {
        if (rule.selectorText !== selector) continue;
        for (const name of rule.style) {
          if (name.startsWith('--') || name === 'color-scheme')
            vars.set(name, rule.style.getPropertyValue(name).trim());
        }
      }
    }
  }
  return vars;
}

/** The theme the page shows now. */
export function currentTheme(): ExportTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
