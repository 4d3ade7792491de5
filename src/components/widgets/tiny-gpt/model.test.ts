// The live tiny GPT, driven through the worker protocol over a MessageChannel: it measures the untrained model first, evaluates held-out loss at exact steps as it trains, has the worker write samples from its alphabet and read the heads, and refuses a text too short with a message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inProcessTrainers } from '../../../tasks/inProcessTrainers.ts';
import { tinyGptTask } from '../../../tasks/index.ts';
import type { Runs } from '../../training/figureRuns.ts';
import { FigureRuns } from '../../training/figureRuns.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { charBaseline, heldOutPositions } from '../../../tasks/charNgram.ts';
import { headSummary, readProbe } from './heads.ts';
import { EVAL_EVERY, GptRun, SNAPSHOT_EVERY } from './gptRun.ts';
import {
  BASELINE_ORDERS,
  gptConfig,
  gptSettings,
  ownTextProblem,
  PRIME,
  SAMPLE_LENGTH,
  tinyGptFigureModel,
} from './model.ts';
import { tinyGptSchema } from './state.ts';

const TEXT = tinyGptTask.defaults.text;
const trainers = inProcessTrainers();
const port = () => trainers.port();

function until(run: GptRun, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const off = run.onChange(() => {
      if (done()) {
        off();
        resolve();
      }
    });
  });
}

describe('tiny GPT figure model', () => {
  it('evaluates the untrained model first, then at every multiple of EVAL_EVERY exactly, and its held-out loss falls', async () => {
    const run = new GptRun(port(), { ...gptSettings(TEXT, 1), maxSteps: SNAPSHOT_EVERY });
    await until(run, () => run.status?.status === 'done');
    const ev = run.evaluations;
    // exact steps whatever the speed: the same seed names the same steps
    expect(SNAPSHOT_EVERY).toBe(2 * EVAL_EVERY);
    expect(ev.map((e) => e.step)).toEqual([0, EVAL_EVERY, 2 * EVAL_EVERY]);
    // the untrained model guesses near uniformly over the alphabet
    const V = new Set(TEXT).size;
    expect(Math.abs(ev[0].heldOutLoss - Math.log(V))).toBeLessThan(0.2);
    // (the task's short default text holds out only ~80 characters, so the fall is modest)
    expect(ev.at(-1)!.heldOutLoss).toBeLessThan(ev[0].heldOutLoss - 0.1);
    expect(run.points.at(-1)!.loss).toBeLessThan(ev[0].heldOutLoss - 0.5);
    // snapshots: the untrained one and one at each multiple of SNAPSHOT_EVERY (here the last step)
    expect(run.snapshots.map((s) => s.step)).toEqual([0, SNAPSHOT_EVERY]);
    run.dispose();
    trainers.closeAll();
  }, 120_000);

  it('a paused run stops at a chunk boundary, says paused, and goes on to the same evaluations', async () => {
    const run = new GptRun(port(), { ...gptSettings(TEXT, 1), maxSteps: EVAL_EVERY });
    await until(run, () => run.step > 0);
    run.pause();
    await until(run, () => run.status?.status === 'paused');
    const at = run.step;
    expect(at).toBeLessThan(EVAL_EVERY);
    expect(at % 10).toBe(0);
    run.start();
    await until(run, () => run.status?.status === 'done');
    expect(run.evaluations.map((e) => e.step)).toEqual([0, EVAL_EVERY]);
    run.dispose();
    trainers.closeAll();
  }, 120_000);

  it('the worker samples only characters of the text, and the same snapshot and settings write the same text', async () => {
    const run = new GptRun(port(), { ...gptSettings(TEXT, 2), maxSteps: 20 });
    await until(run, () => run.status?.status === 'done');
    const vocab = [...new Set(TEXT)].sort();
    const step = run.snapshots.at(-1)!.step;
    const o = { length: SAMPLE_LENGTH, prime: PRIME, seed: 3, temperature: 0.8, topK: 5 };
    // the first call asks the worker; the answer comes with a change
    expect(run.sample(step, o)).toBeNull();
    await until(run, () => run.sample(step, o) !== null);
    const a = run.sample(step, o) as { text: string };
    expect([...a.text]).toHaveLength(SAMPLE_LENGTH);
    expect([...a.text].every((ch) => vocab.includes(ch))).toBe(true);
    // another temperature is another request, answered from the same weights
    const hot = { ...o, temperature: 1.5 };
    expect(run.sample(step, hot)).toBeNull();
    await until(run, () => run.sample(step, hot) !== null);
    // asked again on a fresh run with the same seed: the same text
    const again = new GptRun(port(), { ...gptSettings(TEXT, 2), maxSteps: 20 });
    await until(again, () => again.status?.status === 'done');
    again.sample(step, o);
    await until(again, () => again.sample(step, o) !== null);
    expect(again.sample(step, o)).toEqual(a);
    // a request the worker cannot answer says why, and the run is not harmed
    const bad = { ...o, temperature: 0 };
    run.sample(step, bad);
    await until(run, () => run.sample(step, bad) !== null);
    expect(run.sample(step, bad)).toEqual({ error: expect.stringMatching(/temperature must be above 0/) });
    expect(run.status?.status).toBe('done');
    run.dispose();
    again.dispose();
    trainers.closeAll();
  }, 120_000);

  it('a text too short gets a message that says how long it must be, and no run starts', () => {
    expect(ownTextProblem('')).toMatch(/Paste or type/);
    const msg = ownTextProblem('abc abc abc');
    expect(msg).toMatch(/11 characters.*at least 340/);
    const asked: string[] = [];
    const runs: Runs = {
      get: (key) => {
        asked.push(key);
        throw new Error('no run should start');
      },
    };
    const m = tinyGptFigureModel(
      { ...defaults(tinyGptSchema), source: 'own', own: 'short' },
      runs,
      port,
      TEXT,
      null,
    );
    expect(m.problem).toMatch(/at least/);
    expect(m.run).toBeNull();
    expect(asked).toEqual([]);
  });

  it('any script trains: Arabic text of enough length passes the check and gets its own alphabet', () => {
    const arabic = 'قرأ الولد الكتاب في المكتبة ثم عاد إلى البيت. '.repeat(10);
    expect(ownTextProblem(arabic)).toBeNull();
    const figureRuns = new FigureRuns();
    const m = tinyGptFigureModel(
      { ...defaults(tinyGptSchema), source: 'own', own: arabic },
      figureRuns.forRender(),
      port,
      TEXT,
      null,
    );
    expect(m.problem).toBeNull();
    expect(m.vocab).toContain('ق');
    expect(m.topK).toBeLessThanOrEqual(m.vocab.length);
    figureRuns.disposeAll();
    trainers.closeAll();
  });

  it('the n-gram baseline scores the held-out characters the task evaluates, and longer contexts help', () => {
    const b = charBaseline(tinyGptTask.defaults);
    const n = [...TEXT].length;
    const split = Math.floor(n * 0.9);
    expect(b.characters).toBe(heldOutPositions(n, split, 32, 32).length);
    expect(heldOutPositions(n, split, 32, 32).at(-1)).toBeLessThan(n);
    expect(b.loss[1]).toBeLessThan(b.loss[0]);
    for (const l of b.loss) expect(Number.isFinite(l) && l > 0).toBe(true);
  });

  it('the worker counts the n-gram baseline of a pasted text, the same numbers the build counts for Brown', async () => {
    const own = TEXT.repeat(2);
    const run = new GptRun(port(), { ...gptSettings(own, 1, true), maxSteps: 1 });
    await until(run, () => run.baseline !== null);
    expect(run.baseline).toEqual(charBaseline(gptConfig(own), BASELINE_ORDERS));
    // without asking, the worker counts nothing
    const plain = new GptRun(port(), { ...gptSettings(own, 1), maxSteps: 1 });
    await until(plain, () => plain.evaluations.length > 0);
    expect(plain.baseline).toBeNull();
    run.dispose();
    plain.dispose();
    trainers.closeAll();
  }, 60_000);

  it('the heads panel reads the typed text from the latest weights: one causal map per head, rows summing to 1', async () => {
    const figureRuns = new FigureRuns();
    const m = tinyGptFigureModel(
      { ...defaults(tinyGptSchema), source: 'own', own: TEXT, probe: 'the head 🙂 reads', layer: 2, head: 3 },
      figureRuns.forRender(),
      port,
      TEXT,
      null,
    );
    expect(m.heads()).toBeNull();
    const run = m.run!.parts[0];
    await until(run, () => run.snapshots.length > 0);
    // the worker reads the heads: asked on the first call, there with a change
    await until(run, () => m.heads() !== null);
    const h = m.heads()!;
    expect([h.step, h.layer, h.head]).toEqual([0, 2, 3]);
    // the emoji is not in the alphabet: skipped, and said
    expect(h.probe.unknown).toContain('🙂');
    const T = h.probe.chars.length;
    expect(h.weights).toHaveLength(T);
    for (const [i, row] of h.weights.entries()) {
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
      for (let j = i + 1; j < T; j++) expect(row[j]).toBe(0);
    }
    expect(h.all).toHaveLength(2);
    expect(h.all[0]).toHaveLength(4);
    // untrained: every head spreads its attention evenly
    for (const s of h.all.flat()) expect(s?.pick.kind).toBe('spread');
    figureRuns.disposeAll();
    trainers.closeAll();
  }, 60_000);
});

describe('the page never runs the model', () => {
  it('the figure’s page-side modules import only types from the engine and the tasks (the worker computes)', () => {
    // the channel to the worker, reading its metrics, and the text and settings: never a model or a sampler
    const allowed = ['TrainerClient', 'baselineFromMetrics', 'splitText', 'tinyGptTask'];
    for (const f of ['model.ts', 'view.ts', 'heads.ts', 'readout.ts', 'widget.ts', 'gptRun.ts']) {
      const src = readFileSync(new URL(`./${f}`, import.meta.url), 'utf8');
      const imports = src.matchAll(
        /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']*\/(?:engine|tasks)\/[^']*)'/g,
      );
      for (const [, allType, names, from] of imports) {
        if (allType) continue;
        const values = names
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '' && !n.startsWith('type '));
        expect(
          values.filter((n) => !allowed.includes(n)),
          `${f} imports from ${from}`,
        ).toEqual([]);
      }
    }
  });
});

describe('what a head mostly does', () => {
  const T = 10;
  const map = (f: (i: number, j: number) => number) =>
    Array.from({ length: T }, (_, i) => {
      const row = Array.from({ length: T }, (_, j) => (j <= i ? f(i, j) : 0));
      const sum = row.reduce((a, b) => a + b, 0);
      return row.map((v) => v / sum);
    });

  it('a head with most weight one character back looks at the previous character', () => {
    const s = headSummary(map((i, j) => (j === i - 1 ? 8 : 1)))!;
    expect(s.pick).toMatchObject({ kind: 'offset', k: 1 });
    expect(s.text).toMatch(/previous character: mean weight 0\.\d\d on offset −1/);
  });

  it('an even spread is called a spread, and weight on the first character is named', () => {
    expect(headSummary(map(() => 1))!.pick.kind).toBe('spread');
    expect(headSummary(map((_, j) => (j === 0 ? 20 : 1)))!.pick.kind).toBe('first');
  });

  it('too short a text gets no description', () => {
    expect(headSummary([[1]])).toBeNull();
  });

  it('the typed text is read in the alphabet, cut at the context, with what was left out', () => {
    const r = readProbe('abcxa', ['a', 'b', 'c'], 3);
    expect(r.chars).toEqual(['a', 'b', 'c']);
    expect(r.unknown).toEqual(['x']);
    expect(r.cut).toBe(1);
  });
});
