// Multiple choice and predict-then-reveal in the page: one radio group, feedback for the chosen option;
// a prediction is committed once, then the figure is put into the state that shows the answer.
import type { BookFigure } from '../../figure/figureElement.ts';
import { choiceFeedback } from '../choiceFeedback.ts';
import { withinTolerance } from '../numberInput.ts';
import { type ExerciseContext, limitReached, recordedText, when } from './context.ts';

function label(input: HTMLInputElement): string {
  return (
    input
      .closest('label')
      ?.querySelector('.exercise-choice-text')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

export function setupChoice(ctx: ExerciseContext): void {
  const d = ctx.el.dataset;
  const predict = ctx.kind === 'predict';
  const radios = [...ctx.el.querySelectorAll<HTMLInputElement>('input[data-choice]')];
  const button = ctx.el.querySelector<HTMLButtonElement>('button[data-check]')!;
  const reveal = ctx.el.querySelector<HTMLElement>('[data-reveal]');
  const answer = d.answer === undefined ? undefined : Number(d.answer);
  const tolerance = { kind: 'abs', amount: Number(d.tolerance ?? 1e-9) } as const;
  radios.forEach((r, i) => {
    r.name = `ex-${ctx.id}`;
    r.value = String.fromCharCode(97 + i);
  });
  // One group with one tab stop, as native radios behave: the checked option, else the first.
  const labels = radios.map((r) => r.closest('label')).filter((l): l is HTMLLabelElement => l !== null);
  if (labels.length > 0) {
    const group = document.createElement('div');
    group.className = 'exercise-options';
    group.setAttribute('role', 'radiogroup');
    group.setAttribute('aria-label', predict ? 'Your prediction' : 'Options');
    labels[0].before(group);
    group.append(...labels);
  }
  const rove = () => {
    const stop = radios.find((r) => r.checked) ?? radios[0];
    for (const r of radios) r.tabIndex = r === stop ? 0 : -1;
  };
  for (const r of radios) r.addEventListener('change', rove);
  rove();
  const isRight = (r: HTMLInputElement) =>
    answer !== undefined && r.dataset.value !== undefined
      ? withinTolerance(Number(r.dataset.value), answer, tolerance)
      : r.dataset.correct === '1';

  const show = (r: HTMLInputElement, earlier?: string) => {
    if (ctx.rules.withheld) {
      ctx.say(limitReached(ctx) ?? recordedText(ctx, `"${label(r)}"`), 'info');
      return;
    }
    const right = isRight(r);
    ctx.say(
      choiceFeedback({ right, predict, feedback: r.dataset.choiceFeedback ?? '', earlier }),
      right ? 'right' : 'wrong',
    );
  };

  const lock = () => {
    for (const r of radios) r.disabled = true;
    button.hidden = true;
    if (reveal) reveal.hidden = false;
  };

  const applyFigure = async () => {
    const figure = document.querySelector<BookFigure>(`book-figure[fid="${CSS.escape(d.figure ?? '')}"]`);
    if (!figure || typeof figure.mount !== 'function') return;
    await figure.mount();
    try {
      figure.dispatch(JSON.parse(d.set ?? '{}'));
    } catch {
      ctx.say('The figure could not be set; set it by hand as the question says.', 'info');
    }
  };

  const last = ctx.previous?.attempts.at(-1);
  const previous = last && radios.find((r) => label(r) === last.answer);
  if (last && previous) {
    previous.checked = true;
    rove();
    show(previous, `You chose this ${when(last.at)}.`);
    if (predict) lock();
  }

  button.addEventListener('click', () => {
    const limit = limitReached(ctx);
    if (limit) {
      ctx.say(limit, 'info');
      return;
    }
    const chosen = radios.find((r) => r.checked);
    if (!chosen) {
      ctx.say(predict ? 'Choose a prediction first, then commit it.' : 'Choose an option first.', 'info');
      radios[0]?.focus();
      return;
    }
    ctx.record(label(chosen), isRight(chosen) ? 'correct' : 'incorrect');
    show(chosen);
    if (predict) {
      lock();
      void applyFigure();
    }
  });
}
