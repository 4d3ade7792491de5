// Add-k smoothing (eq. addk) and the add-one exercise's numbers: no corpus needed, so the page can use it.

/** The add-one exercise's context and vocabulary, as its question states them. */
export const ADD_ONE = { k: 1, contextCount: 10, distinctAfter: 10, vocabulary: 50_000 } as const;

/** Eq. addk: (c(h w) + k) / (c(h) + kV). */
export function addK(count: number, contextCount: number, k: number, vocabulary: number): number {
  return (count + k) / (contextCount + k * vocabulary);
}
