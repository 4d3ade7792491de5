// Whether a live figure's worker runs are the runs a recording holds (src/components/recorded): every loss the
// workers report while the test watches equals the recorded loss of the same step, to the recording's four
// significant digits. The prose's claims about the trained curves are checked on those recordings in Node
// (claimRuns.test.ts), which is what lets the browser tests stop after the first steps instead of training for minutes.
import { expect, type Page, test } from '@playwright/test';

export interface Reported {
  step: number;
  loss: number;
}

/** The rounding the recordings use (recordSeq2seq.ts). */
const round = (v: number) => Number(v.toPrecision(4));

/**
 * Listens to the progress messages of every run of figure `fid` (its model's `run.parts`) until each has
 * reported `count` times, and returns what each reported. With `pause` it then pauses the runs: the rest of
 * the test does not need them, and the two cores are shared with the other test worker.
 */
export function reportedLosses(
  page: Page,
  fid: string,
  { count = 4, pause = true } = {},
): Promise<Reported[][]> {
  return page.evaluate(
    ({ fid, count, pause }) =>
      new Promise<{ step: number; loss: number }[][]>((resolve) => {
        type Part = {
          // DatesRun's TrainerClient: private in TypeScript, reachable here, and the only place every report arrives
          client: { onProgress(f: (p: { step: number; loss: number }) => void): () => void };
          pause(): void;
        };
        const figure = document.querySelector(`book-figure[fid="${fid}"]`) as unknown as {
          model: { run: { parts: Part[] } };
        };
        const parts = figure.model.run.parts;
        const seen = parts.map(() => [] as { step: number; loss: number }[]);
        const stops = parts.map((part, i) =>
          part.client.onProgress((p) => {
            seen[i].push({ step: p.step, loss: p.loss });
            if (seen.every((s) => s.length >= count)) {
              for (const stop of stops) stop();
              if (pause) for (const q of parts) q.pause();
              resolve(seen);
            }
          }),
        );
      }),
    { fid, count, pause },
  );
}

/** Expects every reported loss to be the recorded loss of its step (recorded[i] holds part i's loss per step, from step 1). */
export function expectFollows(reported: Reported[][], recorded: number[][]): void {
  expect(reported).toHaveLength(recorded.length);
  for (const [i, part] of reported.entries()) {
    expect(part.length).toBeGreaterThan(0);
    const live = part.map((r) => ({ step: r.step, loss: round(r.loss) }));
    const rec = part.map((r) => ({ step: r.step, loss: recorded[i][r.step - 1] }));
    expect(live).toEqual(rec);
    test.info().annotations.push({
      type: 'follows the recording',
      description: `run ${i + 1}: steps ${part.map((r) => r.step).join(', ')}`,
    });
  }
}
