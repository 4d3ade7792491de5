// Writes the recorded runs the static first frames show (src/components/recorded/recorded.json), trained with
// the engine and the figures' settings. Heavy (a few minutes on 2 cores): run it under the shared lock,
//   flock /tmp/heavy.lock npx node scripts/record-runs.ts
// recorded.test.ts re-runs the first steps of each and compares with the file.
import { writeFileSync } from 'node:fs';
import { recordAttention, recordExploding, recordRace } from '../src/components/recorded/recordRuns.ts';

/** Training steps of the recorded attention run: enough for the alignment to form. */
const ATTENTION_STEPS = Number(process.argv[2] ?? 300);

const t0 = performance.now();
const exploding = recordExploding();
const { free, clipped } = exploding;
console.log(`exploding: free stopped ${JSON.stringify(free.stopped)}, clipped ${clipped.loss.length} steps`);
const race = recordRace();
console.log(`race: ${race.verdict}`);
const attention = recordAttention(ATTENTION_STEPS);
console.log(`attention: "${attention.text}" → ${attention.prediction} after ${attention.steps} steps`);
const out = {
  exploding: {
    seed: exploding.seed,
    lr: exploding.lr,
    maxNorm: exploding.maxNorm,
    free: { loss: free.loss, stopped: free.stopped },
    clipped: { loss: clipped.loss, stopped: clipped.stopped },
  },
  race,
  attention,
};
writeFileSync(
  new URL('../src/components/recorded/recorded.json', import.meta.url),
  `${JSON.stringify(out)}\n`,
);
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
