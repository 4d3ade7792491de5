// Formulas reach the search index once, as the plain text the prose uses, never as KaTeX's layers.
import { expect, test } from 'vitest';
import { texToPlain } from './texToPlain.ts';

test.each([
  ['h_t', 'h_t'],
  ['h_{t-1}', 'h_{t-1}'],
  ['W_{hh}', 'W_hh'],
  ['h_t = \\tanh(W_{hh} h_{t-1} + W_{xh} x_t + b_h)', 'h_t = tanh(W_hh h_{t-1} + W_xh x_t + b_h)'],
  ['\\frac{\\partial L}{\\partial h_t}', '∂L/∂h_t'],
  ['\\sigma(z) = 1/(1 + e^{-z})', 'σ(z) = 1/(1 + e^{-z})'],
  ['\\sigma_{\\max}(W_{hh}) > \\frac{1}{\\gamma} = 4', 'σ_max(W_hh) > 1/γ = 4'],
  ['\\tfrac14', '1/4'],
  ['\\frac{a + b}{c}', '(a + b)/c'],
  ['P(w_t \\mid w_{1}, \\dots, w_{t-1})', 'P(w_t | w_1, …, w_{t-1})'],
  ['\\sum_{t=1}^{T} L_t', 'Σ_{t = 1}^T L_t'],
  ['\\left\\lVert \\mathbf{g} \\right\\rVert \\le \\tau', '‖g‖ ≤ τ'],
  ['\\sqrt{d}', '√d'],
  ['\\hat{y}', 'ŷ'],
  ['c_t = f_t \\odot c_{t-1} + i_t \\odot \\tilde{c}_t', 'c_t = f_t ⊙ c_{t-1} + i_t ⊙ c̃_t'],
  ['x \\in \\mathbb{R}^{d}', 'x ∈ ℝ^d'],
  ['\\text{if } x > 0', 'if x > 0'],
  ['\\operatorname{softmax}(QK^\\top / \\sqrt{d_k})', 'softmax(QK^⊤ / √d_k)'],
  ['\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', 'a = b; c = d'],
])('%s → %s', (tex, plain) => {
  expect(texToPlain(tex)).toBe(plain);
});

test('no formula of the book comes out with TeX commands or doubled letters', () => {
  expect(texToPlain('h_t h_t')).toBe('h_t h_t');
  expect(texToPlain('\\unknowncommand{x}')).toBe('unknowncommandx');
});
