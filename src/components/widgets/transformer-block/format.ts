// How "the block" figure words a stage and a count, shared by the static frame and the live view.
import type { Stage, TransformerBlockModel } from './model.ts';

const num = (v: number) => (Math.abs(v) < 0.0005 ? '0.000' : v.toFixed(3).replace('-', '−'));

export function shapeText(s: Stage): string {
  return `[${s.rows} × ${s.cols}]`;
}

export function statsText(s: Stage): string {
  return `mean ${num(s.mean)}, spread ${num(s.std)}; last row ${s.last.map(num).join(' ')} …`;
}

export function countText(m: TransformerBlockModel): string {
  return `${m.total.toLocaleString('en')} parameters for ${m.layers} layer${m.layers > 1 ? 's' : ''}, d = ${m.d}, ${m.heads} head${m.heads > 1 ? 's' : ''}, an alphabet of ${m.vocab} and a context of 32`;
}
