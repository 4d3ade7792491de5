// Copy trained weights from a snapshot (a worker's, or a saved one) into a model built on this side.
import type { Tensor } from '../tensor.ts';
import type { ParamSnapshot } from './protocol.ts';

/**
 * Writes each snapshot entry into the parameter of the same name, so a widget can rebuild a model
 * with the task's settings and draw with the weights the worker trained. Every parameter must be
 * present with the same shape; extra snapshot entries are an error too, since they signal a mismatch.
 */
export function loadSnapshot(params: Record<string, Tensor>, snapshot: ParamSnapshot): void {
  const missing = Object.keys(params).filter((k) => !(k in snapshot));
  const extra = Object.keys(snapshot).filter((k) => !(k in params));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `loadSnapshot: names differ (missing: ${missing.join(', ') || 'none'}; unexpected: ${extra.join(', ') || 'none'})`,
    );
  }
  for (const [name, p] of Object.entries(params)) {
    const s = snapshot[name];
    if (s.rows !== p.rows || s.cols !== p.cols) {
      throw new Error(
        `loadSnapshot: '${name}' is [${p.rows},${p.cols}] here but [${s.rows},${s.cols}] in the snapshot`,
      );
    }
    p.data.set(s.data);
  }
}
