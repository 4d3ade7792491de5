// The assignment page and its worksheet in the browser: reads ?a=…, shows the chosen exercises in the
// instructor's order with their status, and points links and exports at this assignment.
import { ASSIGNMENT_PARAM, decodeAssignment, presetParams } from '../../../lib/progress/assignmentLink.ts';
import { getProgress, onProgress } from '../../../lib/progress/browserProgress.ts';
import type { Progress } from '../../../lib/progress/store.ts';
import { withBase } from '../../../lib/paths.ts';
import { CONTEXT_PARAM } from './assignmentContext.ts';
import { watchStorage } from './notice.ts';
import { statusText } from './statusText.ts';

export function setupAssignmentPage(): void {
  const code = new URLSearchParams(location.search).get(ASSIGNMENT_PARAM);
  const error = document.querySelector<HTMLElement>('[data-assignment-error]');
  const parsed = decodeAssignment(code);
  if (!parsed.ok) {
    if (error && code !== null)
      error.textContent = `This assignment link cannot be opened: ${parsed.error}. Ask for the link again.`;
    return;
  }
  const a = parsed.value;
  watchStorage();
  document.querySelector('[data-assignment-missing]')?.setAttribute('hidden', '');
  document.querySelector('[data-assignment-body]')?.removeAttribute('hidden');
  const title = document.querySelector<HTMLElement>('[data-assignment-title]');
  if (title) title.textContent = a.title;
  document.title = `${a.title} · Unrolled`;
  const encoded = encodeURIComponent(code ?? '');
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
      const [chapter, id] = key.split('/');
      const params = new URLSearchParams([[CONTEXT_PARAM, code ?? ''], ...presetParams(a, chapter)]);
      open.href = withBase(`/chapters/${chapter}/?${params}#ex-${id}`);
    }
  }
  for (const li of items.values()) if (!shown.includes(li)) li.remove();
  if (missing.length > 0 && error) {
    error.textContent = `${missing.length} exercise${missing.length === 1 ? '' : 's'} in this link ${missing.length === 1 ? 'is' : 'are'} no longer in the book and ${missing.length === 1 ? 'is' : 'are'} left out.`;
    error.closest('[data-assignment-missing]')?.removeAttribute('hidden');
    error.nextElementSibling?.setAttribute('hidden', '');
  }

  const tools = document.querySelector<HTMLElement>('[data-results-tools]');
  if (tools) {
    tools.dataset.only = a.exercises.join(' ');
    tools.dataset.title = a.title;
  }
  const summary = document.querySelector<HTMLElement>('[data-assignment-summary]');
  const paint = (progress: Progress) => {
    let done = 0;
    for (const li of shown) {
      const s = statusText(progress.exercises[li.dataset.key ?? '']);
      if (s.state === 'done') done += 1;
      const status = li.querySelector<HTMLElement>('[data-status]');
      // The worksheet is for paper: it shows questions, not the reader's progress.
      if (!status) continue;
      li.dataset.state = s.state;
      status.textContent = s.text;
    }
    if (summary) summary.textContent = `Done so far: ${done} of ${shown.length}.`;
  };
  paint(getProgress());
  onProgress(paint);
}
