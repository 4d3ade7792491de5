// Specification of loadSnapshot: trained weights move between a Trainer and a model built elsewhere.
import { describe, expect, it } from 'vitest';
import { createSeq2Seq, loadSnapshot, param, Rng, seq2seqParams } from '../engine/index.ts';
import { Trainer } from './trainer.ts';

describe('loadSnapshot', () => {
  it('copies a trainer’s weights into a freshly built model of the same settings', () => {
    const config = {
      cell: 'gru',
      attention: 'dot',
      length: 3,
      digits: 4,
      hidden: 6,
      embed: 4,
      batch: 2,
    } as const;
    const t = new Trainer({ task: 'reverse', config, seed: 1 });
    for (let i = 0; i < 3; i++) t.step();
    const model = createSeq2Seq(new Rng(99), {
      srcVocab: 7,
      tgtVocab: 7,
      embedSize: 4,
      hiddenSize: 6,
      cell: 'gru',
      attention: 'dot',
    });
    const params = seq2seqParams(model);
    loadSnapshot(params, t.snapshot());
    expect(Array.from(params['decoder.W'].data)).toEqual(Array.from(t.task.params['decoder.W'].data));
  });

  it('names missing, unexpected and mis-shaped parameters', () => {
    const W = param(2, 3);
    expect(() => loadSnapshot({ W }, { V: { rows: 2, cols: 3, data: new Float64Array(6) } })).toThrow(
      'loadSnapshot: names differ (missing: W; unexpected: V)',
    );
    expect(() => loadSnapshot({ W }, { W: { rows: 3, cols: 2, data: new Float64Array(6) } })).toThrow(
      "loadSnapshot: 'W' is [2,3] here but [3,2] in the snapshot",
    );
  });
});
