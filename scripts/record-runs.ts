// Writes the recorded runs of the engine, trained with the figures' settings: the ones the static first frames
// show (src/components/recorded/recorded.json, read at build time) and the ones only the prose's claims are
// checked on (src/components/recorded/claimRuns.json, read by tests only, so the pages do not carry them).
// Heavy (several minutes on 2 cores): run it under the shared lock,
//   flock /tmp/heavy.lock npx node scripts/record-runs.ts [part ...]
// With part names (exploding race attention charRnn bottleneck lengthCurves raceFinished raceReversal induction
// bottleneckDates8 bottleneckReverse bottleneckReverse8 lengthCurvesReverse tinyGpt) only those are recorded again and
// the others are kept. recorded.test.ts and claimRuns.test.ts re-run the first steps of each, compare them with
// the files and check the prose's claims on the trained results; the browser tests check that the live
// figures' worker runs follow the recordings.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { recordInduction } from '../src/components/recorded/recordInduction.ts';
import { recordRaceFinished, recordRaceReversal } from '../src/components/recorded/recordRaceFinished.ts';
import { recordTinyGpt } from '../src/components/recorded/recordTinyGpt.ts';
import { recordAttention, recordExploding, recordRace } from '../src/components/recorded/recordRuns.ts';
import {
  recordBottleneck,
  recordCharRnn,
  recordLengthCurves,
} from '../src/components/recorded/recordSeq2seq.ts';

/** Training steps of the recorded attention run: enough for the alignment to form. */
const ATTENTION_STEPS = 300;

function logBottleneck(name: string, r: ReturnType<typeof recordBottleneck>) {
  console.log(`${name}: "${r.text}" → ${r.prediction}; exact by length ${r.bands.map((b) => b.exact)}`);
  return r;
}

function logCurves(name: string, r: ReturnType<typeof recordLengthCurves>) {
  for (const m of r.models) console.log(`${name} ${m.attention}: exact ${m.bands.map((b) => b.exact)}`);
  return r;
}

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
  bottleneck: () => logBottleneck('bottleneck', recordBottleneck()),
  lengthCurves: () => logCurves('lengthCurves', recordLengthCurves()),
  raceFinished: () => recordRaceFinished(console.log),
  raceReversal: () => recordRaceReversal(console.log),
  induction: () => {
    const r = recordInduction();
    console.log(
      `induction: copy formed at step ${r.formedAt}; induction head L${r.induction.layer}H${r.induction.head} ${r.induction.induction}, previous-token head L${r.previous.layer}H${r.previous.head} ${r.previous.previous}`,
    );
    return r;
  },
};

/** The other settings the prose makes claims about (Chapters 6 and 7: a context of 8 numbers, digit reversal). */
const CLAIM_PARTS: Record<string, () => unknown> = {
  bottleneckDates8: () => logBottleneck('bottleneckDates8', recordBottleneck(undefined, { context: '8' })),
  bottleneckReverse: () =>
    logBottleneck('bottleneckReverse', recordBottleneck(undefined, { task: 'reverse' })),
  bottleneckReverse8: () =>
    logBottleneck('bottleneckReverse8', recordBottleneck(undefined, { task: 'reverse', context: '8' })),
  lengthCurvesReverse: () => logCurves('lengthCurvesReverse', recordLengthCurves(undefined, 'reverse')),
  tinyGpt: () => recordTinyGpt(undefined, console.log),
};

const FILES: [URL, Record<string, () => unknown>][] = [
  [new URL('../src/components/recorded/recorded.json', import.meta.url), PARTS],
  [new URL('../src/components/recorded/claimRuns.json', import.meta.url), CLAIM_PARTS],
];
const names = FILES.flatMap(([, parts]) => Object.keys(parts));
const asked = process.argv.slice(2);
for (const p of asked)
  if (!names.includes(p)) throw new Error(`no recorded part "${p}"; parts: ${names.join(' ')}`);
const t0 = performance.now();
for (const [file, parts] of FILES) {
  const out: Record<string, unknown> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const [name, record] of Object.entries(parts)) {
    if (asked.length > 0 && !asked.includes(name)) continue;
    out[name] = await record();
    // written after each part, so a long recording that is stopped keeps what it finished
    writeFileSync(file, `${JSON.stringify(out)}\n`);
  }
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
