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
      return { ok: true, text: async () => '<main id="main">Recurrent networks</main>' };
    });
    expect(ok).toBe(true);
    expect(asked).toEqual(['/chapters/rnns/']);
    expect(went).toEqual(['/chapters/rnns/?char-rnn.seed=3#char-rnn']);
  });

  it('stays on the not-found page when the twin is not a page or is the not-found page, the request fails, or there is no twin', async () => {
    const page = (ok: boolean, html: string) => async () => ({ ok, text: async () => html });
    for (const [path, get] of [
      ['/no-such-page', page(false, '')],
      // a host that answers every address with the not-found page and status 200 (and /404 → /404/)
      ['/404', page(true, '<main id="main" data-not-found>Page not found</main>')],
      ['/chapters/rnns', async () => Promise.reject(new Error('offline'))],
      ['/no-such-page/', page(true, '<main>a page</main>')],
    ] as const) {
      const { went, where } = place(path);
      expect(await goToSlashedTwin(where, get)).toBe(false);
      expect(went).toEqual([]);
    }
  });
});
