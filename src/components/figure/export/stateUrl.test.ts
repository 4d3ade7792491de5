import { describe, expect, it } from 'vitest';
import { stateUrl } from './stateUrl.ts';

const parts = {
  base: '/course/unrolled/',
  origin: 'http://127.0.0.1:4416',
  pathname: '/course/unrolled/chapters/vanishing-gradients/',
  fid: 'gradient-flow',
  entries: [
    ['gradient-flow.radius', '1.2'],
    ['gradient-flow.act', 'tanh'],
  ] as const,
};

describe('stateUrl', () => {
  it('links to the published site, under its base, with the state and the figure anchor', () => {
    expect(stateUrl({ ...parts, site: 'https://uni.example' })).toBe(
      'https://uni.example/course/unrolled/chapters/vanishing-gradients/?gradient-flow.radius=1.2&gradient-flow.act=tanh#gradient-flow',
    );
  });
  it('uses the page origin when SITE is the loopback default', () => {
    expect(stateUrl({ ...parts, site: 'http://127.0.0.1:4321' })).toMatch(
      /^http:\/\/127\.0\.0\.1:4416\/course\/unrolled\/chapters\/vanishing-gradients\/\?/,
    );
  });
  it('uses the page origin when no SITE was given, and links to the bare figure when it has no state', () => {
    expect(stateUrl({ ...parts, site: undefined, base: '/', pathname: '/chapters/rnns/', entries: [] })).toBe(
      'http://127.0.0.1:4416/chapters/rnns/#gradient-flow',
    );
  });
  it('encodes state values so a link stays one URL', () => {
    const url = stateUrl({ ...parts, site: 'https://uni.example', entries: [['f.text', 'a b&c#d']] });
    expect(new URL(url).searchParams.get('f.text')).toBe('a b&c#d');
  });
});
