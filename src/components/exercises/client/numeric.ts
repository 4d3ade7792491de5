// A numeric exercise in the page: reads the typed number, compares it with the computed answer.
import { readNumber, showNumber, withinTolerance } from '../numberInput.ts';
import { type ExerciseContext, limitReached, recordedText, when } from './context.ts';
import { studentNumbers } from './studentNumbers.ts';

export function setupNumeric(ctx: ExerciseContext): void {
  const d = ctx.el.dataset;
  let answer = Number(d.answer);
  let hint = d.hint;
  // Until a variant's own numbers are drawn (or found not to apply), a check waits with a message.
  let pending: string | undefined = 'Your own numbers for this exercise are being worked out…';
  const tolerance = { kind: d.relative ? 'rel' : 'abs', amount: Number(d.tolerance ?? 0) } as const;
  const digits = Number(d.digits ?? 3);
  const units = d.units ? ` ${d.units}` : '';
  const example = d.example ?? '0.25';
  const form = ctx.el.querySelector<HTMLFormElement>('[data-form]')!;
  const input = ctx.el.querySelector<HTMLInputElement>('[data-input]')!;
  input.placeholder = `e.g. ${example}`;

  const button = ctx.el.querySelector<HTMLButtonElement>('button[data-check]');
  const stopIfLimit = (): boolean => {
    const limit = limitReached(ctx);
    if (!limit) return false;
    input.readOnly = true;
    if (button) button.dataset.limit = '1';
    return true;
  };
  const last = ctx.previous?.attempts.at(-1);
  if (last && ctx.rules.withheld) {
    input.value = last.answer;
    ctx.say(limitReached(ctx) ?? recordedText(ctx, `${last.answer}${units}`), 'info');
  } else if (last) {
    input.value = last.answer;
    ctx.say(
      last.outcome === 'correct'
        ? `You answered ${last.answer}${units} (${when(last.at)}): right.`
        : `You answered ${last.answer}${units} (${when(last.at)}): not yet right. Try again.`,
      last.outcome === 'correct' ? 'right' : 'wrong',
    );
  }

  stopIfLimit();

  void studentNumbers(`${ctx.chapter}/${ctx.id}`, ctx.el).then((own) => {
    if (own.state === 'book') pending = undefined;
    else if (own.state === 'own') {
      pending = undefined;
      answer = own.variant.answer;
      hint = own.variant.hint ?? hint;
    } else {
      pending = own.message;
      ctx.say(own.message, 'info');
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const limit = limitReached(ctx);
    if (limit) {
      ctx.say(limit, 'info');
      return;
    }
    if (pending) {
      ctx.say(pending, 'info');
      return;
    }
    const typed = input.value;
    const read = readNumber(typed, example);
    if (!read.ok) {
      input.setAttribute('aria-invalid', 'true');
      ctx.say(read.message, 'info');
      return;
    }
    input.removeAttribute('aria-invalid');
    if (!Number.isFinite(answer)) {
      ctx.say('This exercise has no answer to compare with; the rest of the page is unaffected.', 'info');
      return;
    }
    const right = withinTolerance(read.value, answer, tolerance);
    ctx.record(typed.trim(), right ? 'correct' : 'incorrect');
    if (ctx.rules.withheld) {
      ctx.say(recordedText(ctx, `${typed.trim()}${units}`), 'info');
      stopIfLimit();
      return;
    }
    if (stopIfLimit() && !right) {
      ctx.say(`Not right: ${showNumber(read.value, digits)}${units}. ${limitReached(ctx)}`, 'wrong');
      return;
    }
    if (right) {
      ctx.say(`Right: ${showNumber(answer, digits)}${units}, ${d.source ?? 'the computed value'}.`, 'right');
    } else {
      const side = read.value > answer ? 'too high' : 'too low';
      ctx.say(
        `Not yet: ${showNumber(read.value, digits)}${units} is ${side}.${hint ? ` ${hint}` : ''}`,
        'wrong',
      );
    }
  });
}
