// A task on a figure, checked live: each figure:update from the named figure runs the check on the
// figure's state and model; the first pass is recorded, with the settings that met it.
import type { BookFigure } from '../../figure/figureElement.ts';
import { figureChecks } from '../checks/index.ts';
import type { ExerciseContext } from './context.ts';

function describeState(state: Readonly<Record<string, unknown>>): string {
  return Object.entries(state)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
    .join(', ');
}

export function setupWidgetTask(ctx: ExerciseContext): void {
  const d = ctx.el.dataset;
  const check = figureChecks[d.check ?? ''];
  const fid = d.figure ?? '';
  if (!check) throw new Error(`no check named "${d.check}"`);
  let passed = ctx.previous?.done ?? false;
  ctx.say(
    passed
      ? `Done earlier. Change Figure ${d.figureN} to see the check again.`
      : `Change Figure ${d.figureN}: this task checks itself each time the figure redraws.`,
    passed ? 'right' : 'info',
  );

  const run = (state: Readonly<Record<string, unknown>>, model: unknown) => {
    const result = check(state, model);
    ctx.say(result.message, result.pass ? 'right' : 'wrong');
    if (result.pass && !passed) {
      passed = true;
      ctx.record(describeState(state), 'correct');
    }
  };

  document.addEventListener('figure:update', (event) => {
    const figure = event.target as BookFigure;
    if (figure.figureId !== fid) return;
    const detail = (event as CustomEvent<{ state: Record<string, unknown>; model: unknown }>).detail;
    run(detail.state, detail.model);
  });
  const figure = document.querySelector<BookFigure>(`book-figure[fid="${CSS.escape(fid)}"]`);
  if (figure?.model !== undefined) run(figure.state, figure.model);

  ctx.el.querySelector<HTMLAnchorElement>('[data-go]')?.addEventListener('click', () => {
    void figure?.mount?.();
  });
}
