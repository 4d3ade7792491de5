// A deterministic train/held-out split by whole documents, stratified by Brown genre and seeded.
import { shuffled } from '../../src/lib/text/shuffled.ts';

export type Split<T> = { train: T[]; heldOut: T[] };

/**
 * Within each category, shuffle with the seed and hold out round(share × size) documents (at least one when the
 * category has two or more), so every genre appears on both sides. Results keep the input order.
 */
export function splitDocuments<T extends { id: string; category: string }>(
  documents: readonly T[],
  heldOutShare: number,
  seed: number,
): Split<T> {
  const byCategory = new Map<string, T[]>();
  for (const d of documents) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  const heldOutIds = new Set<string>();
  [...byCategory.keys()].sort().forEach((category, c) => {
    const members = byCategory.get(category)!;
    const count = members.length < 2 ? 0 : Math.max(1, Math.round(heldOutShare * members.length));
    for (const d of shuffled(members, seed + c).slice(0, count)) heldOutIds.add(d.id);
  });
  return {
    train: documents.filter((d) => !heldOutIds.has(d.id)),
    heldOut: documents.filter((d) => heldOutIds.has(d.id)),
  };
}
