// Tiny GPT against the character trigram in Node (issue 15): trains the figure's run on one thread and prints,
// every EVAL steps, the wall-clock seconds, the held-out loss and the n-gram losses, so hyper-parameters can be
// compared by when the held-out loss first goes below the trigram. Run: `npx node bench/tinyGptRace.ts [JSON overrides]`.
import { Trainer } from '../src/engine/index.ts';
import { bookTasks } from '../src/tasks/bookTasks.ts';
import { charBaseline } from '../src/tasks/charNgram.ts';
import { brownChars } from '../src/components/widgets/tiny-gpt/brownChars.ts';
import { gptConfig, gptSettings } from '../src/components/widgets/tiny-gpt/model.ts';

const o = JSON.parse(process.argv[2] ?? '{}');
const text = brownChars();
const base = gptSettings(text, o.seed ?? 1);
const steps = o.steps ?? base.maxSteps;
const settings = {
  ...base,
  config: { ...base.config, ...(o.config ?? {}) },
  optimizer: { ...base.optimizer, ...(o.optimizer ?? {}) },
};
if (o.optimizer?.schedule && base.optimizer?.type === 'adamw')
  settings.optimizer.schedule = { ...base.optimizer.schedule, ...o.optimizer.schedule };
const b = charBaseline({ ...gptConfig(text), ...(o.config ?? {}) }, 5);
console.log(JSON.stringify(settings.optimizer), JSON.stringify(o.config ?? {}), 'steps', steps);
console.log('baseline', b.loss.map((l) => l.toFixed(3)).join(' '));
const trainer = new Trainer(settings, bookTasks);
const every = o.every ?? 100;
let trained = 0;
let passed: string | null = null;
for (let s = 1; s <= steps; s++) {
  const t = performance.now();
  trainer.step();
  trained += performance.now() - t;
  if (s % every === 0 || s === steps) {
    const e0 = performance.now();
    const h = trainer.evaluate().heldOutLoss;
    const ev = performance.now() - e0;
    if (passed === null && h < b.loss[2]) passed = `step ${s} at ${(trained / 1000).toFixed(1)} s`;
    console.log(
      `step ${s} ${(trained / 1000).toFixed(1)} s held-out ${h.toFixed(3)} (eval ${ev.toFixed(0)} ms)`,
    );
  }
}
console.log('below trigram:', passed ?? 'never', 'ms/step', (trained / steps).toFixed(1));
