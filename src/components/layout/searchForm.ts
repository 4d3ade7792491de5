// The header's search box: at most MAX_QUERY_CHARS characters reach the URL. The field's maxlength stops
// typing there and the browser cuts a paste silently, so a note says what was left out; a value set some
// other way is cut on submit.
import { CUT_MESSAGE, capQuery, MAX_QUERY_CHARS } from './searchQuery.ts';

export function initSearchForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-search-form]')) {
    const input = form.querySelector<HTMLInputElement>('input[name="q"]');
    const note = form.querySelector<HTMLElement>('[data-search-note]');
    if (!input || !note) continue;
    const show = (cut: boolean) => {
      note.textContent = cut ? CUT_MESSAGE : '';
      note.hidden = !cut;
    };
    input.addEventListener('input', () => show([...input.value].length >= MAX_QUERY_CHARS));
    input.addEventListener('blur', () => show(false));
    form.addEventListener('submit', () => {
      const { query } = capQuery(input.value);
      input.value = query;
    });
  }
}
