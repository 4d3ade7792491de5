// The length-curves figure's model: three runs (no attention, dot, additive) of the chosen task, and held-out accuracy by length for each.
import { describe, expect, it } from 'vitest';
import { serveTrainer } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import { lengthCurvesModel } from './model.ts';
import { lengthCurvesSchema } from './state.ts';

describe('length-curves figure model', () => {
  it('starts one run per attention kind of the chosen task, each scored by length on held-out sequences', async () => {
    const channels = [0, 1, 2].map(() => new MessageChannel());
    const stops = channels.map((c) => serveTrainer(c.port2));
    let k = 0;
    const runs = new FigureRuns();
    const m = lengthCurvesModel(
      { ...defaults(lengthCurvesSchema), task: 'reverse' },
      runs.forRender(),
      () => () => channels[k++].port1,
    );
    const parts = m.run.parts;
    expect(parts.map((r) => r.settings.attention)).toEqual(['none', 'dot', 'additive']);
    expect(parts.every((r) => r.settings.task === 'reverse')).toBe(true);
    await Promise.all(parts.map((r) => r.ready));
    m.run.pause();
    for (let i = 0; i < 3; i++) {
      const bands = m.bands(i);
      expect(bands.map((b) => b.lo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(bands.every((b) => Number.isFinite(b.exact) && Number.isFinite(b.char))).toBe(true);
    }
    const again = lengthCurvesModel(
      { ...defaults(lengthCurvesSchema), task: 'reverse', measure: 'char' },
      runs.forRender(),
      () => {
        throw new Error('choosing a measure must not start new runs');
      },
    );
    expect(again.run).toBe(m.run);
    runs.disposeAll();
    for (const s of stops) s();
    for (const c of channels) {
      c.port1.close();
      c.port2.close();
    }
  });
});
