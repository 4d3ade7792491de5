// The assignment page and its worksheet in the browser: reads ?a=…, shows the chosen exercises in the
// instructor's order with their status, and points links and exports at this assignment. The assignment
// page also makes the assignment active (it follows the student through the book), asks once for the
// student's identifier, shows the due date and rules, and lets a graded assignment be marked finished.
import {
  ASSIGNMENT_PARAM,
  type Assignment,
  assignmentIdOf,
  decodeAssignment,
  presetParams,
} from '../../../lib/progress/assignmentLink.ts';
import { withBase } from '../../../lib/paths.ts';
import { getProgress, onProgress } from '../../../lib/progress/browserProgress.ts';
import type { Progress } from '../../../lib/progress/store.ts';
import { cleanStudent } from '../../../lib/classroom/activeAssignment.ts';
import {
  activate,
  active,
  classroomProblem,
  finishedAt,
  leave,
  markFinished,
  rulesFor,
  setStudent,
  studentOf,
  visibleProgress,
} from '../../classroom/client/classroom.ts';
import { CONTEXT_PARAM, dueText } from './assignmentContext.ts';
import { watchStorage } from './notice.ts';
import { statusText } from './statusText.ts';

function settingsText(a: Assignment, now: number): string {
  const parts: string[] = [];
  if (a.due) {
    parts.push(
      Date.parse(a.due) < now
        ? `The due date, ${dueText(a.due)}, has passed: you can still work and hand in, and your instructor will see which answers came late.`
        : `Due ${dueText(a.due)} (your time).`,
    );
  }
  if (a.maxAttempts)
    parts.push(`Each exercise allows ${a.maxAttempts} attempt${a.maxAttempts === 1 ? '' : 's'}.`);
  if (a.mode === 'graded')
    parts.push(
      'This assignment is graded: your answers are recorded without saying right or wrong until you mark the assignment finished.',
    );
  if (a.variants)
    parts.push(
      'Some exercises give you your own numbers, drawn from your name or student ID: give it below before you start them, and keep it (another name gives other numbers).',
    );
  return parts.join(' ');
}

function setupStudent(id: string, tools: HTMLElement | null): void {
  const form = document.querySelector<HTMLFormElement>('[data-student-form]');
  const shown = document.querySelector<HTMLElement>('[data-student-shown]');
  const input = document.querySelector<HTMLInputElement>('[data-student-input]');
  const name = document.querySelector<HTMLElement>('[data-student-name]');
  const status = document.querySelector<HTMLElement>('[data-student-status]');
  if (!form || !shown || !input || !name) return;
  const show = (student: string | undefined) => {
    form.hidden = student !== undefined;
    shown.hidden = student === undefined;
    name.textContent = student ?? '';
    if (tools) {
      if (student) tools.dataset.student = student;
      else delete tools.dataset.student;
    }
  };
  show(studentOf(id));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const student = cleanStudent(input.value);
    if (student === '') {
      input.setAttribute('aria-invalid', 'true');
      if (status) status.textContent = 'Type your name or student ID, as your instructor asked.';
      return;
    }
    input.removeAttribute('aria-invalid');
    setStudent(id, student);
    if (status) status.textContent = classroomProblem() ?? '';
    show(student);
  });
  document.querySelector('[data-student-change]')?.addEventListener('click', () => {
    input.value = name.textContent ?? '';
    show(undefined);
    input.focus();
  });
}

function setupLeave(code: string): void {
  const button = document.querySelector<HTMLButtonElement>('[data-leave]');
  const status = document.querySelector<HTMLElement>('[data-leave-status]');
  if (!button) return;
  const paint = () => {
    const working = active()?.code === code;
    button.textContent = working ? 'Leave this assignment' : 'Work on this assignment again';
    if (status)
      status.textContent = working
        ? 'While you work on it, the assignment follows you through the book’s chapters.'
        : 'You have left this assignment: chapters open as usual.';
  };
  paint();
  button.addEventListener('click', () => {
    if (active()?.code === code) leave();
    else activate(code);
    paint();
    const problem = classroomProblem();
    if (problem && status) status.textContent = problem;
  });
}

function setupFinish(a: Assignment, id: string, tools: HTMLElement | null, repaint: () => void): void {
  const box = document.querySelector<HTMLElement>('[data-finish-box]');
  const button = document.querySelector<HTMLButtonElement>('[data-finish]');
  const status = document.querySelector<HTMLElement>('[data-finish-status]');
  if (!box || !button || a.mode !== 'graded') return;
  box.hidden = false;
  const paint = () => {
    const at = finishedAt(id);
    button.hidden = at !== undefined;
    if (tools && at) tools.dataset.finishedAt = at;
    if (status)
      status.textContent = at
        ? `You marked this assignment finished (${dueText(at)}); the exercises now say which answers were right.`
        : 'When you have answered everything, mark the assignment finished to see which answers were right.';
  };
  paint();
  button.addEventListener('click', () => {
    markFinished(id, new Date().toISOString());
    paint();
    repaint();
  });
}

export function setupAssignmentPage(): void {
  const code = new URLSearchParams(location.search).get(ASSIGNMENT_PARAM);
  const error = document.querySelector<HTMLElement>('[data-assignment-error]');
  const parsed = decodeAssignment(code);
  if (!parsed.ok || code === null) {
    if (error && code !== null)
      error.textContent = `This assignment link cannot be opened: ${parsed.ok ? '' : parsed.error}. Ask for the link again.`;
    return;
  }
  const a = parsed.value;
  const id = assignmentIdOf(a);
  const isAssignmentPage = document.querySelector('[data-assignment-page]') !== null;
  // Opening the link is starting work on it; the worksheet is for paper and changes nothing.
  if (isAssignmentPage) activate(code);
  watchStorage();
  document.querySelector('[data-assignment-missing]')?.setAttribute('hidden', '');
  document.querySelector('[data-assignment-body]')?.removeAttribute('hidden');
  const title = document.querySelector<HTMLElement>('[data-assignment-title]');
  if (title) title.textContent = a.title;
  document.title = `${a.title} · Unrolled`;
  const settings = document.querySelector<HTMLElement>('[data-assignment-settings]');
  if (settings) {
    settings.textContent = settingsText(a, Date.now());
    settings.hidden = settings.textContent === '';
  }
  const encoded = encodeURIComponent(code);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-worksheet-link]'))
    link.href = withBase(`/assignment/worksheet/?a=${encoded}`);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-back]'))
    link.href = withBase(`/assignment/?a=${encoded}`);
  document.querySelector('[data-print]')?.addEventListener('click', () => window.print());

  const list = document.querySelector<HTMLElement>('[data-exercise-list]');
  const items = new Map(
    [...(list?.querySelectorAll<HTMLLIElement>(':scope > li[data-key]') ?? [])].map((li) => [
      li.dataset.key ?? '',
      li,
    ]),
  );
  const shown: HTMLLIElement[] = [];
  const missing: string[] = [];
  for (const key of a.exercises) {
    const li = items.get(key);
    if (!li) {
      missing.push(key);
      continue;
    }
    li.hidden = false;
    list?.append(li);
    shown.push(li);
    const open = li.querySelector<HTMLAnchorElement>('[data-open]');
    if (open) {
      const [chapter, exercise] = key.split('/');
      const params = new URLSearchParams([[CONTEXT_PARAM, code], ...presetParams(a, chapter)]);
      open.href = withBase(`/chapters/${chapter}/?${params}#ex-${exercise}`);
    }
  }
  for (const li of items.values()) if (!shown.includes(li)) li.remove();
  const note = document.querySelector<HTMLElement>('[data-assignment-note]');
  if (missing.length > 0 && note) {
    const n = missing.length;
    note.textContent = `${n} exercise${n === 1 ? '' : 's'} in this link (${missing.join(', ')}) ${n === 1 ? 'is' : 'are'} no longer in the book and ${n === 1 ? 'is' : 'are'} left out; the rest are below.`;
    note.hidden = false;
  }

  const tools = document.querySelector<HTMLElement>('[data-results-tools]');
  if (tools) {
    tools.dataset.only = a.exercises.join(' ');
    tools.dataset.title = a.title;
    tools.dataset.assignmentId = id;
    if (a.salt) tools.dataset.salt = a.salt;
  }
  if (isAssignmentPage) {
    setupStudent(id, tools);
    setupLeave(code);
  }
  const summary = document.querySelector<HTMLElement>('[data-assignment-summary]');
  const paint = (raw: Progress) => {
    const progress = visibleProgress(raw);
    let done = 0;
    for (const li of shown) {
      const key = li.dataset.key ?? '';
      const s = statusText(progress.exercises[key], rulesFor(key).withheld);
      if (s.state === 'done') done += 1;
      const status = li.querySelector<HTMLElement>('[data-status]');
      // The worksheet is for paper: it shows questions, not the reader's progress.
      if (!status) continue;
      li.dataset.state = s.state;
      status.textContent = s.text;
    }
    if (summary) summary.textContent = `Done so far: ${done} of ${shown.length}.`;
  };
  if (isAssignmentPage) setupFinish(a, id, tools, () => paint(getProgress()));
  paint(getProgress());
  onProgress(paint);
}
