// A chapter opened from an assignment link (?assignment=…): a banner back to the assignment, its
// exercises marked, and the figure settings it locks held fixed, with their controls disabled and a note.
import { withBase } from '../../../lib/paths.ts';
import { type Assignment, decodeAssignment } from '../../../lib/progress/assignmentLink.ts';
import type { BookFigure } from '../../figure/figureElement.ts';
import { controlSelector } from '../../ui/stateControl.ts';

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
  back.href = withBase(`/assignment/?a=${code}`);
  back.textContent = 'Back to the assignment';
  p.append(back);
  box.append(p);
  main.querySelector('h1')?.before(box);
}

/** The words a figure's controls use for `key` (data-state-label), or the key itself if it has none. */
function labelOf(figure: BookFigure, key: string): string {
  const c = figure.querySelector<HTMLElement>(`${controlSelector(key)}[data-state-label]`);
  return c?.dataset.stateLabel?.trim() || key;
}

function noteText(figure: BookFigure, state: Record<string, string>, locked: string[]): string {
  const now = figure.state as Record<string, unknown>;
  const shown = (v: unknown) =>
    typeof v === 'boolean' ? (v ? 'on' : 'off') : typeof v === 'number' ? String(v) : `"${v}"`;
  const parts = locked.map((k) => `${labelOf(figure, k)} = ${shown(now[k] ?? state[k])}`);
  return `Your assignment fixes ${parts.join(', ')}; ${locked.length === 1 ? 'that control is' : 'those controls are'} locked.`;
}

// The figure itself holds the locked values (dispatch, prose links and reset respect them) and disables
// the controls; this adds the note that says why, naming the settings as the controls do.
function lockFigure(figure: BookFigure, state: Record<string, string>, locked: string[]): void {
  if (locked.length === 0) return;
  const note = document.createElement('p');
  note.className = 'assignment-lock-note';
  note.id = `${figure.figureId}-lock-note`;
  note.textContent = noteText(figure, state, locked);
  figure.closest('figure')?.querySelector('figcaption')?.before(note);
  figure.lock(Object.fromEntries(locked.map((k) => [k, state[k]])), note.id);
  figure.addEventListener('figure:update', () => {
    note.textContent = noteText(figure, state, locked);
  });
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
