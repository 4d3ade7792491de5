// The search index sees each formula once, as plain text, whatever KaTeX drew around it.
import katex from 'katex';
import { expect, test } from 'vitest';
import { plainMathHtml } from './plainMath.ts';

const math = (tex: string, displayMode = false) =>
  katex.renderToString(tex, { displayMode, throwOnError: true, output: 'htmlAndMathml' });

test('an inline formula becomes its plain text, once (it searched as "hth_tht")', () => {
  const html = `<p>The state ${math('h_t')} depends on ${math('h_{t-1}')}.</p>`;
  expect(plainMathHtml(html)).toBe('<p>The state <span>h_t</span> depends on <span>h_{t-1}</span>.</p>');
});

test('a display formula and its surroundings survive; text outside maths is untouched', () => {
  const html = `<div class="equation">${math('\\frac{\\partial L}{\\partial h_t} < 1 \\;\\&\\; x', true)}</div><p>a &amp; b</p>`;
  const out = plainMathHtml(html);
  expect(out).toContain('<span>∂L/∂h_t &lt; 1 &amp; x</span>');
  expect(out).toContain('<p>a &amp; b</p>');
  expect(out).not.toMatch(/<math|annotation|katex-html/);
});

test('a page without maths is returned as it was', () => {
  expect(plainMathHtml('<main><p>No formulas.</p></main>')).toBe('<main><p>No formulas.</p></main>');
});
