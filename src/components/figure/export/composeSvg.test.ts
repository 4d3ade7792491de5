import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, type SvgParts } from './composeSvg.ts';

const parts: SvgParts = {
  width: 680.5,
  height: 420.123,
  background: 'rgb(253, 252, 249)',
  html: '<div xmlns="http://www.w3.org/1999/xhtml">Figure 4.2</div>',
  charts: [
    {
      x: 17,
      y: 80.456,
      width: 640,
      height: 300,
      markup:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" width="640" role="img" style="fill:red"><path d="M0 0L1 1"/></svg>',
    },
  ],
  fontCss: '@font-face{font-family:"Source Sans 3 Variable";src:url(data:font/woff2;base64,AA)}',
  number: 'Figure 4.2',
  caption: 'The gradient <vanishes> & explodes.',
  book: 'Unrolled',
  link: 'https://uni.example/chapters/vanishing-gradients/?gradient-flow.radius=1.2&gradient-flow.act=tanh#gradient-flow',
};

describe('composeSvg', () => {
  const svg = composeSvg(parts);

  it('is one SVG document sized to the figure, lengths rounded to two decimals', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="680.5" height="420.12"')).toBe(
      true,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
  });
  it('carries the number, book, caption and link as escaped plain text', () => {
    expect(svg).toContain('<title id="figure-title">Figure 4.2 · Unrolled</title>');
    expect(svg).toContain('The gradient &lt;vanishes&gt; &amp; explodes.');
    expect(svg).toContain('gradient-flow.radius=1.2&amp;gradient-flow.act=tanh#gradient-flow');
  });
  it('places each chart at its measured box, replacing its own size and namespace', () => {
    expect(svg).toContain(
      '<svg x="17" y="80.46" width="640" height="300" viewBox="0 0 640 300" role="img" style="fill:red">',
    );
    expect(svg).not.toContain('width="640" role');
  });
  it('embeds the fonts and puts the HTML in a foreignObject the size of the file', () => {
    expect(svg).toContain('src:url(data:font/woff2;base64,AA)');
    expect(svg).toContain('<foreignObject x="0" y="0" width="680.5" height="420.12"><div');
  });
  it('refuses a length that is not a number rather than writing NaN', () => {
    expect(() => composeSvg({ ...parts, height: Number.NaN })).toThrow(/NaN/);
  });
});

describe('escapeXml', () => {
  it('escapes markup and attribute quotes', () => {
    expect(escapeXml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
