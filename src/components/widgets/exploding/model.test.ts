// The exploding-gradient run, driven through the worker protocol over a MessageChannel: it overflows without clipping and learns with it.
import { describe, expect, it } from 'vitest';
import { serveTrainer } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import { statusText } from '../../training/trainingRun.ts';
import { explodingModel, explodingSettings, MAX_STEPS } from './model.ts';
import { explodingSchema } from './state.ts';

function channel() {
  const { port1, port2 } = new MessageChannel();
  const stop = serveTrainer(port2);
  return {
    port: () => port1,
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
      if (m.run.ended) resolve();
    });
  });
}

describe('exploding-gradient figure model', () => {
  it('without clipping the run stops with "overflow at step t" within a few steps', async () => {
    const { port, stop } = channel();
    const m = explodingModel(defaults(explodingSchema), new FigureRuns().forRender(), port);
    await finish(m);
    const run = m.run.parts[0];
    expect(run.status?.status).toBe('diverged');
    expect(m.run.state).toBe('stopped');
    const text = statusText(run.status, MAX_STEPS);
    expect(text).toMatch(/^overflow at step \d+/);
    expect(text).not.toMatch(/NaN|Infinity/);
    stop();
  });

  it('with clipping at norm 1 the same run finishes with its loss down from about 150 to below 0.1', async () => {
    const { port, stop } = channel();
    const m = explodingModel(
      { ...defaults(explodingSchema), clip: true },
      new FigureRuns().forRender(),
      port,
    );
    await finish(m);
    expect(m.run.state).toBe('finished');
    const pts = m.run.parts[0].points;
    // the first step's loss is about 150; progress is rate-limited, so compare with that, not with pts[0]
    expect(pts[pts.length - 1].loss).toBeLessThan(0.1);
    stop();
  }, 20_000);

  it('keeps the run when only the threshold moves with clipping off, and starts one when it matters', () => {
    const runs = new FigureRuns();
    let ports = 0;
    const port = () => {
      ports++;
      return { postMessage() {}, addEventListener() {}, removeEventListener() {} };
    };
    const s = defaults(explodingSchema);
    const a = explodingModel(s, runs.forRender(), port);
    expect(explodingModel({ ...s, maxNorm: 5 }, runs.forRender(), port).run).toBe(a.run);
    expect(explodingModel({ ...s, clip: true, maxNorm: 5 }, runs.forRender(), port).run).not.toBe(a.run);
    expect(ports).toBe(2);
    runs.disposeAll();
  });

  it('turns the toggle into the clipping threshold, or none', () => {
    expect(explodingSettings(defaults(explodingSchema)).clipNorm).toBeUndefined();
    expect(explodingSettings({ ...defaults(explodingSchema), clip: true, maxNorm: 2 }).clipNorm).toBe(2);
  });
});
