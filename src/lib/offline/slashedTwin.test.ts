import { describe, expect, it } from 'vitest';
import { goToSlashedTwin, slashedTwin } from './slashedTwin.ts';

describe('slashedTwin', () => {
  it('adds the trailing slash to a page address, and leaves files and slashed addresses alone', () => {
    expect(slashedTwin('/chapters/rnns')).toBe('/chapters/rnns/');
    expect(slashedTwin('/course/unrolled')).toBe('/course/unrolled/');
    expect(slashedTwin('/chapters/rnns/')).toBeNull();
    expect(slashedTwin('/')).toBeNull();
    expect(slashedTwin('')).toBeNull();
    expect(slashedTwin('/data/corpus/ngrams.json')).toBeNull();
    expect(slashedTwin('/v1.2/chapters')).toBe('/v1.2/chapters/');
  });
});

describe('goToSlashedTwin', () => {
  const place = (pathname: string) => {
    const went: string[] = [];
    return {
      went,
      where: {
        pathname,
        search: '?char-rnn.seed=3',
        hash: '#char-rnn',
        replace: (u: string) => went.push(u),
      },
    };
  };

  it('goes to the twin with the query and fragment when it is a page', async () => {
    const { went, where } = place('/chapters/rnns');
    const asked: string[] = [];
    const ok = await goToSlashedTwin(where, async (u) => {
      asked.push(u);
      return { ok: true };
    });
    expect(ok).toBe(true);
    expect(asked).toEqual(['/chapters/rnns/']);
    expect(went).toEqual(['/chapters/rnns/?char-rnn.seed=3#char-rnn']);
  });

  it('stays on the not-found page when the twin is not a page, the request fails, or there is no twin', async () => {
    for (const [path, get] of [
      ['/no-such-page', async () => ({ ok: false })],
      ['/chapters/rnns', async () => Promise.reject(new Error('offline'))],
      ['/no-such-page/', async () => ({ ok: true })],
    ] as const) {
      const { went, where } = place(path);
      expect(await goToSlashedTwin(where, get)).toBe(false);
      expect(went).toEqual([]);
    }
  });
});
