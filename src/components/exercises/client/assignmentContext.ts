// A chapter opened from an assignment link (?assignment=…): a banner back to the assignment, its
// exercises marked, and the figure settings it locks held fixed, with their controls disabled and a note.
import { type Assignment, decodeAssignment } from '../../../lib/progress/assignmentLink.ts';
import type { BookFigure } from '../../figure/figureElement.ts';

export const CONTEXT_PARAM = 'assignment';

function banner(main: HTMLElement, a: Assignment, code: string): void {
  const box = document.createElement('aside');
  box.className = 'assignment-banner';
  box.setAttribute('aria-label', 'Assignment');
  const p = document.createElement('p');
  p.append('You are working on the assignment ');
  const title = document.createElement('strong');
  title.textContent = a.title;
  p.append(title, '. ');
  const back = document.createElement('a');
  back.href = `/assignment/?a=${code}`;
  back.textContent = 'Back to the assignment';
  p.append(back);
  box.append(p);
  main.querySelector('h1')?.before(box);
}

// Widgets mark a control with data-state-key="key", or give it the id "<fid>-<key>".
function controlsFor(figure: BookFigure, key: string): HTMLElement[] {
  const fid = CSS.escape(figure.figureId);
  return [
    ...figure.querySelectorAll<HTMLElement>(
      `[data-state-key="${CSS.escape(key)}"], #${fid}-${CSS.escape(key)}`,
    ),
  ];
}

function lockFigure(figure: BookFigure, state: Record<string, string>, locked: string[]): void {
  if (locked.length === 0) return;
  const original = figure.dispatch.bind(figure);
  const held = Object.fromEntries(locked.map((k) => [k, state[k]]));
  // Patches from the view, prose links and the reset button cannot move a locked setting.
  figure.dispatch = (patch) => {
    const free = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked.includes(k)));
    if (Object.keys(free).length > 0) original(free);
  };
  const reset = figure.reset.bind(figure);
  figure.reset = () => {
    reset();
    original(held as never);
  };
  const note = document.createElement('p');
  note.className = 'assignment-lock-note';
  note.textContent = `Your assignment fixes ${locked.map((k) => `${k} = "${state[k]}"`).join(', ')}; ${locked.length === 1 ? 'that control is' : 'those controls are'} locked.`;
  figure.closest('figure')?.querySelector('figcaption')?.before(note);
  const disable = () => {
    for (const key of locked) {
      for (const c of controlsFor(figure, key)) {
        (c as HTMLInputElement).disabled = true;
        c.setAttribute('aria-describedby', `${figure.figureId}-lock-note`);
      }
    }
  };
  note.id = `${figure.figureId}-lock-note`;
  figure.addEventListener('figure:update', disable);
}

export async function applyAssignmentContext(): Promise<void> {
  const code = new URLSearchParams(location.search).get(CONTEXT_PARAM);
  if (!code) return;
  const main = document.querySelector<HTMLElement>('main[data-chapter]');
  const chapter = main?.dataset.chapter;
  if (!main || !chapter) return;
  const parsed = decodeAssignment(code);
  if (!parsed.ok) {
    const p = document.createElement('p');
    p.className = 'progress-notice';
    p.setAttribute('role', 'status');
    p.textContent = `This page was opened from an assignment link that cannot be read: ${parsed.error}. The chapter works as usual.`;
    main.querySelector('h1')?.before(p);
    return;
  }
  const a = parsed.value;
  banner(main, a, code);
  for (const key of a.exercises) {
    const [ch, id] = key.split('/');
    if (ch !== chapter) continue;
    const mark = document.querySelector<HTMLElement>(`#ex-${CSS.escape(id)} [data-assigned-mark]`);
    if (mark) mark.hidden = false;
  }
  // Figures are custom elements: their methods exist only once the element is defined.
  await customElements.whenDefined('book-figure');
  for (const preset of a.presets.filter((p) => p.chapter === chapter)) {
    const figure = document.querySelector<BookFigure>(`book-figure[fid="${CSS.escape(preset.fid)}"]`);
    if (figure) lockFigure(figure, preset.state, preset.locked);
  }
}
