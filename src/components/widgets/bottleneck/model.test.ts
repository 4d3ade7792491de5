// The bottleneck figure's model: the run is a plain encoder–decoder with the chosen context size, typing keeps the run, and the strips keep their size.
import { describe, expect, it } from 'vitest';
import { serveTrainer } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import { bottleneckModel, readingsOf } from './model.ts';
import { bottleneckSchema } from './state.ts';

describe('bottleneck figure model', () => {
  it('trains a model without attention whose context has `context` numbers for any input', async () => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveTrainer(port2);
    const s = { ...defaults(bottleneckSchema), context: '8' as const };
    let ports = 0;
    const runs = new FigureRuns();
    const m = bottleneckModel(s, runs.forRender(), () => {
      ports++;
      return port1;
    });
    const run = m.run.parts[0];
    expect(run.settings).toMatchObject({ attention: 'none', hidden: 8, seed: 1 });
    await run.ready;
    m.run.pause();
    const { short, typed } = m.readings();
    expect(short.context).toHaveLength(8);
    expect(typed.context).toHaveLength(8);
    expect(typed.chars.length).toBeGreaterThan(short.chars.length * 4);
    const typedAgain = bottleneckModel({ ...s, text: 'x'.repeat(50) }, runs.forRender(), () => port1);
    expect(typedAgain.run).toBe(m.run);
    expect(typedAgain.readings().typed.context).toHaveLength(8);
    expect(ports).toBe(1);
    runs.disposeAll();
    stop();
    port1.close();
    port2.close();
  });

  it('reads with the untrained model before any evaluation (the static first frame)', () => {
    const r = readingsOf(null, 16, 1, 'Thursday, May 3rd 1979')();
    expect(r.step).toBe(0);
    expect(r.short.context).toHaveLength(16);
    expect(r.typed.prediction).toMatch(/^[0-9-]*$/);
  });
});

describe('bottleneck figure, reversal task', () => {
  it('trains the engine’s reverse task without attention and reads its held-out score at every length', async () => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveTrainer(port2);
    const m = bottleneckModel(
      { ...defaults(bottleneckSchema), task: 'reverse', context: '8', text: '0123456701234' },
      new FigureRuns().forRender(),
      () => port1,
    );
    expect(m.run.parts[0].settings).toMatchObject({ task: 'reverse', attention: 'none', hidden: 8 });
    await m.run.parts[0].ready;
    m.run.pause();
    const r = m.readings();
    // every length from 2 to 12 has held-out sequences (of the 8 one-digit ones, none is held out)
    expect(r.bands.map((b) => b.lo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.bands.every((b) => b.lo === b.hi && b.exact <= b.char)).toBe(true);
    expect(r.short.context).toHaveLength(8);
    expect(r.typed.chars).toHaveLength(12);
    expect(r.typed.truncated).toBe(1);
    expect(r.typed.prediction).toMatch(/^[0-7]*$/);
    m.run.dispose();
    stop();
    port1.close();
    port2.close();
  });
});
