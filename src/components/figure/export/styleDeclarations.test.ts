import { describe, expect, it } from 'vitest';
import { styleDeclarations, styleText } from './styleDeclarations.ts';

/** A computed style: the given values, else what a plain block would compute. */
function computed(values: Record<string, string>) {
  const base: Record<string, string> = {
    display: 'block',
    color: 'rgb(29, 28, 26)',
    'font-family': '"Source Sans 3 Variable", system-ui, sans-serif',
    'font-size': '16px',
    position: 'static',
    'margin-top': '0px',
    'margin-bottom': '0px',
    'background-color': 'rgba(0, 0, 0, 0)',
    'background-image': 'none',
    'border-top-style': 'none',
    'border-top-width': '0px',
    width: '300px',
    height: '20px',
    fill: 'rgb(0, 0, 0)',
    stroke: 'none',
  };
  return (p: string) => values[p] ?? base[p] ?? '';
}

const asMap = (d: [string, string][]) => Object.fromEntries(d);

describe('styleDeclarations', () => {
  it('writes an inherited property only where it differs from the parent', () => {
    const parent = computed({});
    const same = asMap(styleDeclarations('html', computed({}), parent));
    const changed = asMap(styleDeclarations('html', computed({ color: 'rgb(11, 92, 173)' }), parent));
    expect(same.color).toBeUndefined();
    expect(changed.color).toBe('rgb(11, 92, 173)');
  });
  it('writes every inherited property on an element that starts a new context', () => {
    const root = asMap(styleDeclarations('html', computed({})));
    expect(root.color).toBe('rgb(29, 28, 26)');
    expect(root['font-family']).toBe('"Source Sans 3 Variable", system-ui, sans-serif');
  });
  it('always writes margins, paddings and background (the browser styles some elements), skips other initial values', () => {
    const d = asMap(
      styleDeclarations(
        'html',
        computed({ 'margin-top': '12px', 'background-color': 'rgb(255, 255, 255)' }),
        computed({}),
      ),
    );
    expect(d.position).toBeUndefined();
    expect(d['margin-top']).toBe('12px');
    expect(d['margin-bottom']).toBe('0px');
    expect(d['background-color']).toBe('rgb(255, 255, 255)');
  });
  it('always writes display, and width and height only for sized boxes', () => {
    expect(asMap(styleDeclarations('html', computed({}), computed({}))).width).toBeUndefined();
    const sized = asMap(styleDeclarations('html', computed({}), computed({}), true));
    expect([sized.display, sized.width, sized.height]).toEqual(['block', '300px', '20px']);
  });
  it('writes a border side in full when it is drawn, and as none otherwise (a button has one by default)', () => {
    const none = asMap(styleDeclarations('html', computed({}), computed({})));
    expect(none['border-top-style']).toBe('none');
    expect(none['border-top-width']).toBeUndefined();
    const drawn = asMap(
      styleDeclarations(
        'html',
        computed({
          'border-top-style': 'solid',
          'border-top-width': '1px',
          'border-top-color': 'rgb(217, 213, 202)',
        }),
        computed({}),
      ),
    );
    expect(drawn['border-top-color']).toBe('rgb(217, 213, 202)');
  });
  it('drops a background image that would load a file, keeps one drawn in CSS or from data:', () => {
    const file = asMap(
      styleDeclarations('html', computed({ 'background-image': 'url("https://x.example/a.png")' })),
    );
    const gradient = asMap(
      styleDeclarations('html', computed({ 'background-image': 'linear-gradient(red, blue)' })),
    );
    const data = asMap(
      styleDeclarations('html', computed({ 'background-image': 'url("data:image/png;base64,AA")' })),
    );
    expect(file['background-image']).toBeUndefined();
    expect(gradient['background-image']).toBe('linear-gradient(red, blue)');
    expect(data['background-image']).toBe('url("data:image/png;base64,AA")');
  });
  it('gives SVG elements their paint, not box properties', () => {
    const d = asMap(styleDeclarations('svg', computed({ fill: 'rgb(11, 92, 173)' }), computed({})));
    expect(d.fill).toBe('rgb(11, 92, 173)');
    expect(d.display).toBeUndefined();
    expect(d['margin-top']).toBeUndefined();
  });
});

describe('styleText', () => {
  it('joins declarations into a style attribute', () => {
    expect(
      styleText([
        ['fill', 'red'],
        ['stroke-width', '2px'],
      ]),
    ).toBe('fill:red;stroke-width:2px');
  });
});
