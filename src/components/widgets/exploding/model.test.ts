// The exploding-gradient run, driven through the worker protocol over a MessageChannel: it overflows without clipping and learns with it.
import { describe, expect, it } from 'vitest';
import { serveTrainer } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { statusText } from '../../training/trainingRun.ts';
import { explodingModel, explodingSettings, MAX_STEPS } from './model.ts';
import { explodingSchema } from './state.ts';

function channel() {
  const { port1, port2 } = new MessageChannel();
  const stop = serveTrainer(port2);
  return {
    port: port1,
    stop: () => {
      stop();
      port1.close();
      port2.close();
    },
  };
}

function finish(m: ReturnType<typeof explodingModel>): Promise<void> {
  return new Promise((resolve) => {
    m.run.onChange(() => {
      const s = m.run.status?.status;
      if (s === 'done' || s === 'diverged' || s === 'error') resolve();
    });
  });
}

describe('exploding-gradient figure model', () => {
  it('without clipping the run stops with "overflow at step t" within a few steps', async () => {
    const { port, stop } = channel();
    const m = explodingModel(defaults(explodingSchema), port);
    await finish(m);
    expect(m.run.status?.status).toBe('diverged');
    const text = statusText(m.run.status, MAX_STEPS);
    expect(text).toMatch(/^overflow at step \d+/);
    expect(text).not.toMatch(/NaN|Infinity/);
    stop();
  });

  it('with clipping at norm 1 the same run finishes with its loss down from about 150 to below 0.1', async () => {
    const { port, stop } = channel();
    const m = explodingModel({ ...defaults(explodingSchema), clip: true }, port);
    await finish(m);
    expect(m.run.status?.status).toBe('done');
    const pts = m.run.points;
    // the first step's loss is about 150; progress is rate-limited, so compare with that, not with pts[0]
    expect(pts[pts.length - 1].loss).toBeLessThan(0.1);
    stop();
  }, 20_000);

  it('turns the toggle into the clipping threshold, or none', () => {
    expect(explodingSettings(defaults(explodingSchema)).clipNorm).toBeUndefined();
    expect(explodingSettings({ ...defaults(explodingSchema), clip: true, maxNorm: 2 }).clipNorm).toBe(2);
  });
});
