// Trains the Chapter 6–7 models in Node with the figures' own settings and prints held-out exact match per input length, so the numbers in the prose can be reproduced:
//   npx node scripts/seq2seq-curves.ts --task=dates --models=none:8,none:32,additive:32 --seeds=1 --steps=3000 --every=500
// A model is attention:context (attention none, dot or additive; context = hidden size); --feedContext=false
// starts the plain decoder from c alone (Sutskever et al. 2014) instead of feeding c to every step. Times are training
// only (evaluation excluded), on whatever else the machine is doing; `95%` is the first evaluation at
// which held-out exact match (mean over lengths) reached 95%.
import { Trainer } from '../src/tasks/index.ts';
import { reverseConfig } from '../src/components/training/reverse.ts';
import { runSettings, toBands } from '../src/components/training/datesRun.ts';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? ''];
  }),
);
const task = args.task === 'reverse' ? 'reverse' : 'dates';
const steps = Number(args.steps ?? 3000);
const every = Number(args.every ?? 500);
const seeds = (args.seeds ?? '1').split(',').map(Number);
const models = (args.models ?? 'none:32,additive:32').split(',').map((m) => {
  const [attention, context] = m.split(':');
  if (attention !== 'none' && attention !== 'dot' && attention !== 'additive')
    throw new Error(`unknown attention '${attention}' (none, dot, additive)`);
  return { attention, hidden: Number(context ?? 32) } as const;
});

const feedContext = args.feedContext !== 'false';

const pct = (v: number) => `${Math.round(v * 100)}`.padStart(4);

for (const { attention, hidden } of models) {
  for (const seed of seeds) {
    const {
      maxSteps: _,
      reportEveryMs: __,
      ...settings
    } = runSettings({
      task,
      reverseConfig: reverseConfig(hidden, attention),
      attention,
      hidden,
      seed,
      maxSteps: steps,
      evalPerBand: 30,
      evalEveryMs: 0,
    });
    const trainer = new Trainer({ ...settings, config: { ...settings.config, feedContext } });
    const design = attention === 'none' && !feedContext ? ' (c as first state only)' : '';
    console.log(`\n${task}, attention ${attention}, context ${hidden}${design}, seed ${seed}`);
    let header = false;
    let trainedMs = 0;
    let reached: string | null = null;
    for (let s = 1; s <= steps; s++) {
      const t0 = performance.now();
      const r = trainer.step();
      trainedMs += performance.now() - t0;
      if (r.status !== 'ok') {
        console.log(`  diverged at step ${s}: ${r.message}`);
        break;
      }
      if (s % every !== 0 && s !== steps) continue;
      const metrics = trainer.evaluate() ?? {};
      const bands = toBands(metrics, task);
      if (!header) {
        const heads = bands.map((b) => (b.lo === b.hi ? `${b.lo}` : `${b.lo}-${b.hi}`).padStart(6));
        console.log(`  ${'step'.padStart(5)} ${'s'.padStart(6)} ${heads.join('')}  mean  (exact match %)`);
        header = true;
      }
      const seconds = (trainedMs / 1000).toFixed(1);
      if (reached === null && (metrics.exact ?? 0) >= 0.95) reached = `step ${s}, ${seconds} s`;
      console.log(
        `  ${String(s).padStart(5)} ${seconds.padStart(6)} ${bands.map((b) => pct(b.exact).padStart(6)).join('')}  ${pct(metrics.exact ?? 0)}`,
      );
    }
    console.log(`  95% held-out exact match: ${reached ?? 'not reached'}`);
  }
}
