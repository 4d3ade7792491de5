// Cosine similarity of two count vectors, with no NaN: an all-zero vector has no direction, so the answer is null.

function largestMagnitude(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}

/**
 * a·b / (‖a‖‖b‖), clamped to [−1, 1] against rounding; null when either vector is all zeros, holds a non-finite
 * entry, or the lengths differ. Each vector is first divided by its largest entry (cosine ignores scale), so tiny
 * or huge entries cannot underflow or overflow the squares.
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length) return null;
  const ma = largestMagnitude(a);
  const mb = largestMagnitude(b);
  if (ma === 0 || mb === 0 || !Number.isFinite(ma) || !Number.isFinite(mb)) return null;
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] / ma;
    const y = b[i] / mb;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  const cosine = dot / (Math.sqrt(aa) * Math.sqrt(bb));
  return Number.isFinite(cosine) ? Math.max(-1, Math.min(1, cosine)) : null;
}
