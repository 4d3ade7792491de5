// <book-exercise>: wires one exercise's controls by kind, shows what was answered before, and records
// every check in the progress store. Nothing here throws at the reader: bad input gets a message.
import { getProgress, record } from '../../../lib/progress/browserProgress.ts';
import { type ExerciseKind, keyOf } from '../../../lib/progress/store.ts';
import { rulesFor, visibleProgress } from '../../classroom/client/classroom.ts';
import { setupChoice } from './choice.ts';
import type { ExerciseContext, Tone } from './context.ts';
import { setupDerivation } from './derivation.ts';
import { noticeNear, watchStorage } from './notice.ts';
import { setupNumeric } from './numeric.ts';
import { setupWidgetTask } from './widgetTask.ts';

const SETUP: Record<ExerciseKind, (ctx: ExerciseContext) => void> = {
  numeric: setupNumeric,
  choice: setupChoice,
  predict: setupChoice,
  widget: setupWidgetTask,
  derivation: setupDerivation,
};

export class BookExercise extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    const kind = this.dataset.kind as ExerciseKind;
    const chapter = this.dataset.chapter ?? '';
    const id = this.dataset.id ?? '';
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    const doneMark = this.querySelector<HTMLElement>('[data-done-mark]');
    const key = keyOf(chapter, id);
    const rules = rulesFor(key);
    const previous = getProgress().exercises[key];
    // While a graded assignment withholds feedback, the mark says answered, not done (done means right).
    if (doneMark && rules.withheld) doneMark.textContent = '✓ Answered';
    const setDone = () => {
      const done = visibleProgress(getProgress()).exercises[key]?.done ?? false;
      if (doneMark) doneMark.hidden = !done;
      this.closest('.exercise')?.classList.toggle('is-done', done);
    };
    setDone();
    const ctx: ExerciseContext = {
      el: this,
      chapter,
      id,
      kind,
      previous,
      say(text: string, tone: Tone) {
        if (!feedback) return;
        feedback.textContent = text;
        feedback.dataset.tone = tone;
      },
      record: (answer, outcome) => {
        noticeNear(this.closest('.exercise') ?? this);
        record({ chapter, id, kind }, { at: new Date().toISOString(), answer, outcome });
        setDone();
      },
      rules,
      attempts: () => getProgress().exercises[key]?.attempts.length ?? 0,
    };
    try {
      SETUP[kind](ctx);
      for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-check]')) b.disabled = false;
    } catch (error) {
      console.warn(`Exercise "${id}" could not start:`, error);
      ctx.say('This exercise could not start; the rest of the page is unaffected.', 'info');
    }
  }
}

export function defineBookExercise(): void {
  watchStorage();
  if (!customElements.get('book-exercise')) customElements.define('book-exercise', BookExercise);
}
