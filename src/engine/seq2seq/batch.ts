// A teacher-forced batch: the tasks' training loss over several (source, target) pairs, and how many target
// tokens the logits already get right (argmax), the accuracy a training run reports.
import { argmaxMatches } from '../ops/argmax.ts';
import { addN, scale } from '../ops/elementwise.ts';
import type { Tensor } from '../tensor.ts';
import { type TeacherForcingOptions, teacherForcing } from './decoder.ts';
import type { Seq2Seq } from './model.ts';

export interface Pair {
  src: ArrayLike<number>;
  tgt: ArrayLike<number>;
}

/** Mean of the pairs' teacher-forced losses ([1,1]) and the share of target tokens predicted right. */
export function teacherForcedBatch(
  m: Seq2Seq,
  pairs: readonly Pair[],
  o: TeacherForcingOptions,
): { loss: Tensor; accuracy: number } {
  if (pairs.length === 0) throw new Error('teacherForcedBatch: the batch is empty');
  const losses: Tensor[] = [];
  let right = 0;
  let total = 0;
  for (const { src, tgt } of pairs) {
    const r = teacherForcing(m, src, tgt, o);
    losses.push(r.loss);
    right += argmaxMatches(r.logits, tgt);
    total += tgt.length;
  }
  return { loss: scale(addN(losses), 1 / pairs.length), accuracy: right / total };
}
