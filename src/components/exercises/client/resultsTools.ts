// The export/import buttons: files are made in the page (no server), and an imported file is validated
// before it touches progress; a bad file gets a plain message and changes nothing.
import { version as book } from '../../../../package.json';
import { fileSlug } from '../../../lib/classroom/activeAssignment.ts';
import { resultsChecksum } from '../../../lib/classroom/checksum.ts';
import { getProgress, importProgress } from '../../../lib/progress/browserProgress.ts';
import {
  parseResultsFile,
  type ResultsMeta,
  resultsCSV,
  resultsJSON,
  selectProgress,
} from '../../../lib/progress/resultsFile.ts';

const MAX_BYTES = 2_000_000;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileStem(title: string | undefined): string {
  const slug = (title ?? 'all')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `unrolled-results-${slug || 'assignment'}-${new Date().toISOString().slice(0, 10)}`;
}

export function setupResultsTools(): void {
  const box = document.querySelector<HTMLElement>('[data-results-tools]');
  if (!box) return;
  const status = box.querySelector<HTMLElement>('[data-results-status]')!;
  const say = (text: string, tone: 'ok' | 'bad') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };
  const scope = () => {
    const only = box.dataset.only?.split(' ').filter(Boolean);
    return { progress: selectProgress(getProgress(), only), title: box.dataset.title };
  };
  for (const b of box.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    b.disabled = false;
    b.addEventListener('click', async () => {
      const { progress, title } = scope();
      const n = Object.keys(progress.exercises).length;
      const { assignmentId, student, salt, finishedAt } = box.dataset;
      if (assignmentId && !student) {
        say('Give your name or student ID above first, so your instructor knows whose file this is.', 'bad');
        document.querySelector<HTMLInputElement>('[data-student-input]')?.focus();
        return;
      }
      if (n === 0) {
        say('There is nothing to export yet: no exercise here has been tried.', 'bad');
        return;
      }
      const meta: ResultsMeta = {
        exportedAt: new Date().toISOString(),
        book,
        ...(title ? { assignment: title } : {}),
        ...(assignmentId && student ? { assignmentId, student } : {}),
        ...(finishedAt ? { finishedAt } : {}),
      };
      if (assignmentId && student && salt)
        meta.checksum = await resultsChecksum(salt, { assignmentId, student, progress });
      // One name per student and assignment, so a class's downloads do not overwrite each other.
      const stem =
        assignmentId && student ? `unrolled-${assignmentId}-${fileSlug(student)}` : fileStem(title);
      if (b.dataset.export === 'csv') download(`${stem}.csv`, 'text/csv', resultsCSV(progress, meta));
      else download(`${stem}.json`, 'application/json', resultsJSON(progress, meta));
      say(`Downloaded the results of ${n} exercise${n === 1 ? '' : 's'}.`, 'ok');
    });
  }
  const input = box.querySelector<HTMLInputElement>('[data-import]')!;
  input.disabled = false;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      say('This file cannot be imported: it is too large to be a results file. Nothing was changed.', 'bad');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('This file could not be read. Nothing was changed.', 'bad');
      return;
    }
    const parsed = parseResultsFile(text);
    if (!parsed.ok) {
      say(`This file cannot be imported: ${parsed.error}. Nothing was changed.`, 'bad');
      return;
    }
    importProgress(parsed.value);
    const n = Object.keys(parsed.value.exercises).length;
    say(`Imported the results of ${n} exercise${n === 1 ? '' : 's'}.`, 'ok');
  });
}
