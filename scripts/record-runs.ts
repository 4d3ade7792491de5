// Writes the recorded runs the static first frames show (src/components/recorded/recorded.json), trained with
// the engine and the figures' settings. Heavy (several minutes on 2 cores): run it under the shared lock,
//   flock /tmp/heavy.lock npx node scripts/record-runs.ts [part ...]
// With part names (exploding race attention charRnn bottleneck lengthCurves induction) only those are recorded again
// and the others are kept. recorded.test.ts re-runs the first steps of each and compares with the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { recordInduction } from '../src/components/recorded/recordInduction.ts';
import { recordAttention, recordExploding, recordRace } from '../src/components/recorded/recordRuns.ts';
import {
  recordBottleneck,
  recordCharRnn,
  recordLengthCurves,
} from '../src/components/recorded/recordSeq2seq.ts';

/** Training steps of the recorded attention run: enough for the alignment to form. */
const ATTENTION_STEPS = 300;

const PARTS: Record<string, () => unknown> = {
  exploding: () => {
    const { seed, lr, maxNorm, free, clipped } = recordExploding();
    console.log(
      `exploding: free stopped ${JSON.stringify(free.stopped)}, clipped ${clipped.loss.length} steps`,
    );
    return {
      seed,
      lr,
      maxNorm,
      free: { loss: free.loss, stopped: free.stopped },
      clipped: { loss: clipped.loss, stopped: clipped.stopped },
    };
  },
  race: () => {
    const race = recordRace();
    console.log(`race: ${race.verdict}`);
    return race;
  },
  attention: () => {
    const attention = recordAttention(ATTENTION_STEPS);
    console.log(`attention: "${attention.text}" → ${attention.prediction} after ${attention.steps} steps`);
    return attention;
  },
  charRnn: () => {
    const r = recordCharRnn();
    console.log(
      `charRnn: loss ${r.loss[0]} → ${r.loss[r.loss.length - 1]}; last sample "${r.samples.at(-1)?.text}"`,
    );
    return r;
  },
  bottleneck: () => {
    const r = recordBottleneck();
    console.log(`bottleneck: "${r.text}" → ${r.prediction}; exact by length ${r.bands.map((b) => b.exact)}`);
    return r;
  },
  lengthCurves: () => {
    const r = recordLengthCurves();
    for (const m of r.models)
      console.log(`lengthCurves ${m.attention}: exact ${m.bands.map((b) => b.exact)}`);
    return r;
  },
  induction: () => {
    const r = recordInduction();
    console.log(
      `induction: copy formed at step ${r.formedAt}; induction head L${r.induction.layer}H${r.induction.head} ${r.induction.induction}, previous-token head L${r.previous.layer}H${r.previous.head} ${r.previous.previous}`,
    );
    return r;
  },
};

const file = new URL('../src/components/recorded/recorded.json', import.meta.url);
const asked = process.argv.slice(2);
for (const p of asked)
  if (!(p in PARTS)) throw new Error(`no recorded part "${p}"; parts: ${Object.keys(PARTS).join(' ')}`);
const out: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const t0 = performance.now();
for (const [name, record] of Object.entries(PARTS)) {
  if (asked.length > 0 && !asked.includes(name)) continue;
  out[name] = record();
  // written after each part, so a long recording that is stopped keeps what it finished
  writeFileSync(file, `${JSON.stringify(out)}\n`);
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
