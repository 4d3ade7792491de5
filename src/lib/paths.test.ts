import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase, stripBase } from './paths.ts';

describe('base paths', () => {
  it('normaliseBase gives one shape whatever slashes the setting had', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('course/unrolled')).toBe('/course/unrolled/');
    expect(normaliseBase('/course/unrolled')).toBe('/course/unrolled/');
    expect(normaliseBase('//course/unrolled//')).toBe('/course/unrolled/');
  });

  it('joinBase puts a book path under the base, keeping its query and anchor', () => {
    expect(joinBase('/', '/glossary/#bptt')).toBe('/glossary/#bptt');
    expect(joinBase('/course/unrolled/', '/')).toBe('/course/unrolled/');
    expect(joinBase('/course/unrolled', '/assignment/?a=xyz')).toBe('/course/unrolled/assignment/?a=xyz');
    expect(joinBase('/course/unrolled/', '/data/corpus/')).toBe('/course/unrolled/data/corpus/');
  });

  it('joinBase refuses a path that is not root-relative, so a typo fails loudly', () => {
    expect(() => joinBase('/', 'chapters/rnns/')).toThrow('root-relative');
    expect(() => joinBase('/', '//evil.example/')).toThrow('root-relative');
  });

  it('stripBase gives back the book path of a served pathname', () => {
    expect(stripBase('/course/unrolled/chapters/rnns/', '/course/unrolled/')).toBe('/chapters/rnns/');
    expect(stripBase('/course/unrolled/', '/course/unrolled/')).toBe('/');
    expect(stripBase('/course/unrolled', '/course/unrolled/')).toBe('/');
    expect(stripBase('/chapters/rnns/', '/')).toBe('/chapters/rnns/');
  });

  it('withBase and stripBase are inverses for every base', () => {
    for (const base of ['/', '/a/', '/course/unrolled/'])
      for (const path of ['/', '/chapters/rnns/', '/search/'])
        expect(stripBase(joinBase(base, path), base)).toBe(path);
  });
});
