// A derivation in the page: opening the worked solution records the reader's working (if any) and marks
// the exercise done; the working is restored on the next visit.
import { type ExerciseContext, when } from './context.ts';

export function setupDerivation(ctx: ExerciseContext): void {
  const details = ctx.el.querySelector<HTMLDetailsElement>('[data-solution]')!;
  const work = ctx.el.querySelector<HTMLTextAreaElement>('[data-input]');
  const last = ctx.previous?.attempts.at(-1);
  if (last) {
    if (work) work.value = last.answer;
    ctx.say(`You opened the worked solution ${when(last.at)}.`, 'right');
  }
  let recorded = false;
  details.addEventListener('toggle', () => {
    if (!details.open || recorded) return;
    recorded = true;
    ctx.record(work?.value.trim() ?? '', 'revealed');
    ctx.say('Compare your working with the solution below.', 'info');
  });
}
