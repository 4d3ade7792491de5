// <book-exercise>: wires one exercise's controls by kind, shows what was answered before, and records
// every check in the progress store. Nothing here throws at the reader: bad input gets a message.
import { getProgress, record } from '../../../lib/progress/browserProgress.ts';
import { type ExerciseKind, keyOf } from '../../../lib/progress/store.ts';
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
    const previous = getProgress().exercises[keyOf(chapter, id)];
    const setDone = (done: boolean) => {
      if (doneMark) doneMark.hidden = !done;
      this.closest('.exercise')?.classList.toggle('is-done', done);
    };
    setDone(previous?.done ?? false);
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
        setDone(getProgress().exercises[keyOf(chapter, id)]?.done ?? false);
      },
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
