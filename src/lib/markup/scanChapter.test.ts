import { describe, expect, it } from 'vitest';
import { resolveRef, scanChapter } from './scanChapter.ts';

const source = `
Intro with <Cite k="b2014" /> and <Cite k="a2013, b2014" />.

$$
x = 1
$$

$$
y = 2 \\label{why}
$$

<NextWordFigure id="next-word" />
<OtherFigure id="other" k="2" />

\`\`\`mdx
<FakeFigure id="in-code" />
\`\`\`

See <Ref to="eq:why" /> and <Ref to="fig:other" />.
`;

describe('scanChapter', () => {
  const scan = scanChapter(source);

  it('numbers figures in source order and ignores examples inside code blocks', () => {
    expect([...scan.figures]).toEqual([
      ['next-word', 1],
      ['other', 2],
    ]);
  });

  it('numbers every display equation and keys labelled ones by label', () => {
    expect([...scan.equations]).toEqual([
      ['n1', 1],
      ['why', 2],
    ]);
  });

  it('lists citations once each, in order of first citation', () => {
    expect(scan.citations).toEqual(['b2014', 'a2013']);
  });

  it('resolves references to anchors and display text', () => {
    expect(resolveRef(scan, 'eq:why')).toEqual({ href: '#eq-why', text: 'Equation (2)' });
    expect(resolveRef(scan, 'fig:other')).toEqual({ href: '#other', text: 'Figure 2' });
  });

  it('names what is missing when a reference dangles', () => {
    expect(resolveRef(scan, 'fig:nope')).toEqual({ error: 'no figure with id "nope"' });
    expect(resolveRef(scan, 'table:x')).toEqual({
      error: 'reference "table:x" must start with "fig:" or "eq:"',
    });
  });

  it('rejects a figure id used twice', () => {
    expect(() => scanChapter('<AFigure id="x" />\n<BFigure id="x" />')).toThrow(
      'figure id "x" is used twice',
    );
  });
});
