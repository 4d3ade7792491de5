// The builder's words come from the book's own source: figure widgets, control labels, exercise needs.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { controlLabels, figureWidgets, literalSettings, sameSetting } from './settingLabels.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

test('each figure id maps to its widget folder, read from the chapter', () => {
  const widgets = figureWidgets(read('content/chapters/04-vanishing-gradients.mdx'));
  expect(widgets['gradient-flow']).toBe('gradient-flow');
  expect(widgets.exploding).toBe('exploding');
});

test('control labels are read from the widget’s view, as the reader sees them', () => {
  const labels = controlLabels(read('components/widgets/gradient-flow/view.ts'));
  expect(labels.radius).toMatch(/^Spectral radius/);
  expect(labels.steps).toBe('Length T');
  expect(controlLabels(read('components/widgets/next-word/view.ts'))).toMatchObject({
    text: 'Text so far',
    top: 'Candidates',
  });
});

test('settings in an MDX object literal read as URL-style strings', () => {
  expect(literalSettings(`figure="g" set={{ act: 'tanh', radius: 1.2, on: true }}`, 'set')).toEqual({
    act: 'tanh',
    radius: '1.2',
    on: 'true',
  });
  expect(literalSettings('figure="g"', 'needs')).toBe(undefined);
});

test('sameSetting compares numbers as numbers and anything else as text', () => {
  expect(sameSetting('30', '30.0')).toBe(true);
  expect(sameSetting('30', '50')).toBe(false);
  expect(sameSetting('tanh', 'tanh')).toBe(true);
  expect(sameSetting('', '0')).toBe(false);
});
