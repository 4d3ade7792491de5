// How often a figure redraws while its runs report: a change of state (finished, overflow, paused) on the
// next frame, plain progress at most every `minMs`. Runs that report every step, drawn every frame, made
// single frames of Chapter 5's race run past 50 ms on a two-core laptop (scripts/race-profile.mjs).

export const REDRAW_MS = 250;

export interface RunRedraw {
  /** Asks for a redraw; `urgent` draws on the next frame instead of waiting out `minMs`. */
  request(urgent: boolean): void;
  cancel(): void;
}

export function runRedraw(draw: () => void, minMs = REDRAW_MS): RunRedraw {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Number.NEGATIVE_INFINITY;
  const fire = () => {
    frame = 0;
    last = performance.now();
    draw();
  };
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    request(urgent) {
      if (frame) return;
      const wait = urgent ? 0 : minMs - (performance.now() - last);
      if (wait <= 0) {
        clear();
        frame = requestAnimationFrame(fire);
      } else if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          frame = requestAnimationFrame(fire);
        }, wait);
      }
    },
    cancel() {
      clear();
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
