// A derivation in the page. It counts as done once the reader has written some working (kept when the
// field is left) or has marked the worked solution as understood; merely opening the solution does not
// count. What they wrote is saved with their progress, restored on the next visit and exported.
import { type ExerciseContext, when } from './context.ts';

const RESTORED: Record<string, string> = {
  written: 'Your working was saved',
  understood: 'You marked the worked solution as understood',
  revealed: 'You opened the worked solution',
};

export function setupDerivation(ctx: ExerciseContext): void {
  const details = ctx.el.querySelector<HTMLDetailsElement>('[data-solution]')!;
  const work = ctx.el.querySelector<HTMLTextAreaElement>('[data-input]');
  const understood = ctx.el.querySelector<HTMLButtonElement>('[data-understood]');
  const written = () => work?.value.trim() ?? '';
  if (understood) understood.disabled = false;
  const markUnderstood = () => {
    if (!understood) return;
    understood.disabled = true;
    understood.textContent = '✓ Marked as understood';
  };

  const last = ctx.previous?.attempts.at(-1);
  const lastWriting = ctx.previous?.attempts.findLast((a) => a.answer.trim() !== '');
  if (work && lastWriting) work.value = lastWriting.answer;
  if (ctx.previous?.attempts.some((a) => a.outcome === 'understood')) markUnderstood();
  if (last) ctx.say(`${RESTORED[last.outcome] ?? RESTORED.revealed} (${when(last.at)}).`, 'right');

  let saved = lastWriting?.answer.trim() ?? '';
  work?.addEventListener('change', () => {
    const text = written();
    if (text === '' || text === saved) return;
    saved = text;
    ctx.record(text, 'written');
    ctx.say('Your working is saved with your progress; this exercise counts as done.', 'right');
  });

  details.addEventListener('toggle', () => {
    if (!details.open || ctx.el.closest('.exercise')?.classList.contains('is-done')) return;
    ctx.say(
      written() === ''
        ? 'Compare the solution with your own working. To count this exercise as done, write your working above or mark the solution as understood.'
        : 'Compare your working with the solution below.',
      'info',
    );
  });

  understood?.addEventListener('click', () => {
    ctx.record(written(), 'understood');
    markUnderstood();
    ctx.say('Marked as understood; this exercise counts as done.', 'right');
  });
}
