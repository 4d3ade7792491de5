// A chapter opened from an assignment link (?assignment=…), or reached by any other way while an assignment
// is active (the sidebar, a search result): a banner back to the assignment with a way to leave it, its
// exercises marked, its figure presets applied and the settings it locks held fixed, with a note.
import { withBase } from '../../../lib/paths.ts';
import { type Assignment, decodeAssignment, presetParams } from '../../../lib/progress/assignmentLink.ts';
import { activate, active, classroomProblem, leave } from '../../classroom/client/classroom.ts';
import type { BookFigure } from '../../figure/figureElement.ts';
import { controlSelector } from '../../ui/stateControl.ts';

export const CONTEXT_PARAM = 'assignment';

/** "Mon 1 Dec, 17:00" in the reader's own time zone. */
export function dueText(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function banner(main: HTMLElement, a: Assignment, code: string): void {
  const box = document.createElement('aside');
  box.className = 'assignment-banner';
  box.setAttribute('aria-label', 'Assignment');
  const p = document.createElement('p');
  p.append('You are working on the assignment ');
  const title = document.createElement('strong');
  title.textContent = a.title;
  p.append(title);
  if (a.due) p.append(` (due ${dueText(a.due)})`);
  p.append('. ');
  const back = document.createElement('a');
  back.href = withBase(`/assignment/?a=${code}`);
  back.textContent = 'Back to the assignment';
  const out = document.createElement('button');
  out.type = 'button';
  out.className = 'assignment-leave';
  out.textContent = 'Leave assignment';
  out.addEventListener('click', () => {
    leave();
    // The chapter again as anyone sees it: no banner, no presets, no locks.
    location.assign(`${location.pathname}${location.hash}`);
  });
  p.append(back, ' ', out);
  box.append(p);
  const problem = classroomProblem();
  if (problem) {
    const note = document.createElement('p');
    note.textContent = problem;
    box.append(note);
  }
  main.querySelector('h1')?.before(box);
}

/**
 * Reached without the assignment's parameters (by the sidebar, say): puts the chapter's presets into the
 * URL, before any figure mounts and reads it, for figures the URL does not already set.
 */
function presetsIntoURL(a: Assignment, chapter: string): void {
  const url = new URL(location.href);
  const set = new Set([...url.searchParams.keys()].map((k) => k.split('.')[0]));
  let changed = false;
  for (const [name, value] of presetParams(a, chapter)) {
    if (set.has(name.split('.')[0])) continue;
    url.searchParams.set(name, value);
    changed = true;
  }
  if (changed) history.replaceState(history.state, '', url);
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
  const main = document.querySelector<HTMLElement>('main[data-chapter]');
  const chapter = main?.dataset.chapter;
  if (!main || !chapter) return;
  const fromLink = new URLSearchParams(location.search).get(CONTEXT_PARAM);
  if (!fromLink) {
    const stored = active();
    if (!stored) return;
    presetsIntoURL(stored.assignment, chapter);
    return showContext(main, chapter, stored.assignment, stored.code);
  }
  const parsed = decodeAssignment(fromLink);
  if (!parsed.ok) {
    const p = document.createElement('p');
    p.className = 'progress-notice';
    p.setAttribute('role', 'status');
    p.textContent = `This page was opened from an assignment link that cannot be read: ${parsed.error}. The chapter works as usual.`;
    main.querySelector('h1')?.before(p);
    return;
  }
  activate(fromLink);
  return showContext(main, chapter, parsed.value, fromLink);
}

async function showContext(main: HTMLElement, chapter: string, a: Assignment, code: string): Promise<void> {
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
