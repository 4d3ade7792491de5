// How much of its trough a probability's bar fills, shared by the n-gram figures' static frames and views:
// the probability itself, but never less than half a percent, so a rare word still shows a sliver.
export function probabilityShare(p: number): number {
  return Math.max(0.005, p);
}
