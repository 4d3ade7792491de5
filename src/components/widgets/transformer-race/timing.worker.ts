// The step-time figure's worker: times every (length, racer) cell in turn (see timing.ts) and posts each median; it pauses between cells when asked, so the page never waits on it.
import { timeSteps } from './timing.ts';
import { CELLS } from './timingCells.ts';
import type { TimingReply, TimingRequest } from './timingProtocol.ts';

let next = 0;
let running = false;
let reps = 5;

const post = (m: TimingReply) => postMessage(m);

function tick(): void {
  if (!running) return;
  if (next >= CELLS.length) {
    running = false;
    post({ type: 'status', status: 'done', step: next });
    return;
  }
  const { racer, length } = CELLS[next];
  try {
    const timing = timeSteps(racer, length, reps);
    next++;
    post({ type: 'timing', timing, step: next });
  } catch (e) {
    running = false;
    post({
      type: 'status',
      status: 'error',
      step: next,
      message: e instanceof Error ? e.message : String(e),
    });
    return;
  }
  // a macrotask between cells lets a 'pause' message in
  setTimeout(tick, 0);
}

addEventListener('message', (e: MessageEvent<TimingRequest>) => {
  const m = e.data;
  if (m.type === 'start') {
    reps = m.reps;
    if (running || next >= CELLS.length) return;
    running = true;
    post({ type: 'status', status: 'running', step: next });
    setTimeout(tick, 0);
  } else if (m.type === 'pause') {
    if (!running) return;
    running = false;
    post({ type: 'status', status: 'paused', step: next });
  }
});
