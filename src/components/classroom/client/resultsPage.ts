// The class results page in the browser: takes the assignment link and any number of results files
// (picker, folder, drop, zip), and renders what the pure modules compute: the class table (sortable),
// per-exercise statistics, chapter completion, the skipped files with reasons, and the gradebook CSV.
// Nothing leaves the page: files are read with the File API and the CSV is made as a blob.
import { version as book } from '../../../../package.json';
import {
  type IncomingFile,
  loadClassFiles,
  type Skipped,
  type StudentFile,
} from '../../../lib/classroom/classFiles.ts';
import {
  type ClassTable,
  classTable,
  type ExerciseColumn,
  type Row,
  type SortKey,
  sortRows,
} from '../../../lib/classroom/classTable.ts';
import { gradebookCSV } from '../../../lib/classroom/gradebookCSV.ts';
import {
  ASSIGNMENT_PARAM,
  type Assignment,
  assignmentIdOf,
  decodeAssignment,
} from '../../../lib/progress/assignmentLink.ts';
import { dueText } from '../../exercises/client/assignmentContext.ts';
import { showNumber } from '../../exercises/numberInput.ts';
import { droppedFiles, incoming } from './dropFiles.ts';

type Catalog = Record<
  string,
  Omit<ExerciseColumn, 'key'> & { chapterLabel: string; tolerance?: number; relative?: boolean }
>;

/** Per student (by name as loaded), their own version of each variant exercise: "D = 12, H = 30", answer. */
type OwnNumbers = Map<string, Record<string, { described: string; answer: number }>>;

/**
 * With per-student variants, each file's variant exercises are marked again against the numbers its
 * student was given (recomputed here from the assignment id and their identifier).
 */
async function remarkAll(
  students: StudentFile[],
  assignment: Assignment,
  catalog: Catalog,
): Promise<{ students: StudentFile[]; own: OwnNumbers }> {
  const own: OwnNumbers = new Map();
  if (!assignment.variants) return { students, own };
  const [{ variantOf }, { remarkVariants }, { loadBrownModel }] = await Promise.all([
    import('../../exercises/variants/variants.ts'),
    import('../remarkVariants.ts'),
    import('../../../lib/text/brownModel.ts'),
  ]);
  const columns = assignment.exercises.flatMap((key) => {
    const variant = variantOf(key);
    const c = catalog[key];
    if (!variant || !c) return [];
    const tolerance = { kind: c.relative ? 'rel' : 'abs', amount: c.tolerance ?? 0.01 } as const;
    return [{ key, variant, tolerance }];
  });
  const id = assignmentIdOf(assignment);
  const out: StudentFile[] = [];
  for (const s of students) {
    const r = await remarkVariants(s, id, columns, { corpus: () => loadBrownModel() });
    out.push({ ...r.file, remarked: r.changed });
    own.set(s.student, r.own);
  }
  return { students: out, own };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function cellText(c: Row['cells'][number]): string {
  if (c.attempts === 0) return '—';
  const tries = `${c.attempts} ${c.attempts === 1 ? 'try' : 'tries'}`;
  if (c.score === 1) return c.firstTry ? '✓ first try' : `✓ ${tries}`;
  return c.done ? `done, ${tries}` : `✗ ${tries}`;
}

function cellWords(c: Row['cells'][number]): string {
  if (c.attempts === 0) return 'not answered';
  return `${c.score === 1 ? 'right' : 'not right'}${c.firstTry ? ' at the first try' : ''}, ${c.attempts} attempt${c.attempts === 1 ? '' : 's'}${c.late ? ', late' : ''}`;
}

export function setupResultsPage(): void {
  const root = document.querySelector<HTMLElement>('[data-results-page]');
  if (!root) return;
  const catalog = JSON.parse(root.dataset.catalog ?? '{}') as Catalog;
  const q = <T extends HTMLElement>(s: string) => root.querySelector<T>(s)!;
  const linkInput = q<HTMLInputElement>('[data-assignment-link]');
  const about = q<HTMLElement>('[data-assignment-about]');
  const importer = q<HTMLElement>('[data-importer]');
  const status = q<HTMLElement>('[data-load-status]');
  const skippedList = q<HTMLUListElement>('[data-skipped]');
  const output = q<HTMLElement>('[data-class-output]');
  let assignment: Assignment | undefined;
  let columns: ExerciseColumn[] = [];
  let files: IncomingFile[] = [];
  let table: ClassTable | undefined;
  let own: OwnNumbers = new Map();
  let sort: { key: SortKey; descending: boolean } = { key: { by: 'student' }, descending: false };

  const useLink = (text: string) => {
    let code = text.trim();
    try {
      code = new URL(code, location.href).searchParams.get(ASSIGNMENT_PARAM) ?? code;
    } catch {
      // Not a URL: perhaps the code alone was pasted.
    }
    const parsed = decodeAssignment(code);
    if (!parsed.ok) {
      about.textContent = `That assignment link cannot be used: ${parsed.error}.`;
      about.dataset.tone = 'bad';
      importer.hidden = true;
      return;
    }
    assignment = parsed.value;
    columns = assignment.exercises.flatMap((key) =>
      catalog[key]
        ? [{ key, chapter: catalog[key].chapter, label: catalog[key].label, kind: catalog[key].kind }]
        : [],
    );
    const gone = assignment.exercises.length - columns.length;
    about.dataset.tone = 'ok';
    about.textContent = `“${assignment.title}”: ${columns.length} exercise${columns.length === 1 ? '' : 's'}${assignment.due ? `, due ${dueText(assignment.due)}` : ''}${assignment.mode === 'graded' ? ', graded' : ''}${assignment.variants ? ', each student with their own numbers' : ''}.${gone > 0 ? ` ${gone} exercise${gone === 1 ? ' is' : 's are'} no longer in the book and left out.` : ''}${assignment.salt ? '' : ' This link is older than checksums, so edited files cannot be told apart.'}`;
    importer.hidden = false;
    void reload();
  };

  // Each reload is numbered: one started when the link was read (no files yet) may still be waiting for
  // the corpus when files arrive and start another; only the newest may write the table and status, or
  // the older one's "0 students loaded" would overwrite the class.
  let generation = 0;
  const reload = async () => {
    if (!assignment) return;
    const mine = ++generation;
    status.textContent = 'Reading the files…';
    const loaded = await loadClassFiles(files, { assignment, book });
    if (mine !== generation) return;
    let students = loaded.students;
    try {
      const remarked = await remarkAll(loaded.students, assignment, catalog);
      if (mine !== generation) return;
      ({ students, own } = remarked);
    } catch (error) {
      if (mine !== generation) return;
      console.warn('Per-student numbers could not be recomputed:', error);
      status.textContent =
        'The students’ own numbers could not be recomputed (the corpus may not have loaded); reload the page to try again.';
      return;
    }
    table = classTable(students, columns, assignment.due);
    const n = loaded.students.length;
    status.textContent = `${n} student${n === 1 ? '' : 's'} loaded${loaded.skipped.length > 0 ? `; ${loaded.skipped.length} file${loaded.skipped.length === 1 ? '' : 's'} skipped` : ''}. Nothing was sent anywhere.`;
    drawSkipped(loaded.skipped);
    draw();
  };

  const drawSkipped = (skipped: Skipped[]) => {
    skippedList.replaceChildren(
      ...skipped.map((s) => {
        const li = el('li');
        li.append(el('strong', s.name), ` was skipped: ${s.reason}.`);
        return li;
      }),
    );
  };

  const header = (text: string, key: SortKey, title?: string): HTMLTableCellElement => {
    const th = el('th');
    th.scope = 'col';
    const active = JSON.stringify(sort.key) === JSON.stringify(key);
    th.setAttribute('aria-sort', active ? (sort.descending ? 'descending' : 'ascending') : 'none');
    const b = el('button', text, 'sort-button');
    b.type = 'button';
    if (title) b.title = title;
    b.dataset.sort = JSON.stringify(key);
    b.addEventListener('click', () => {
      sort = { key, descending: active ? !sort.descending : key.by !== 'student' };
      draw();
    });
    th.append(b);
    return th;
  };

  const draw = () => {
    if (!table) return;
    output.hidden = table.rows.length === 0;
    const t = q<HTMLTableElement>('[data-class-table]');
    const head = el('tr');
    head.append(
      header('Student', { by: 'student' }),
      ...table.columns.map((c, index) => header(c.label, { by: 'exercise', index }, c.key)),
      header(`Score (of ${table.columns.length})`, { by: 'score' }),
      header('Flags', { by: 'late' }),
    );
    const body = sortRows(table.rows, sort.key, sort.descending).map((r) => {
      const tr = el('tr');
      tr.dataset.student = r.student;
      const th = el('th', r.student);
      th.scope = 'row';
      tr.append(th);
      const mine = own.get(r.student);
      for (const [j, c] of r.cells.entries()) {
        const td = el('td', cellText(c));
        const v = mine?.[table!.columns[j].key];
        if (v) {
          td.title = `Their numbers: ${v.described}; answer ${showNumber(v.answer, 6)}`;
          td.dataset.expected = String(v.answer);
        }
        td.dataset.state = c.attempts === 0 ? 'none' : c.score === 1 ? 'right' : 'wrong';
        td.setAttribute('aria-label', cellWords(c));
        if (c.late) td.append(el('span', ' late', 'flag'));
        tr.append(td);
      }
      tr.append(el('td', String(r.score)));
      const flags: string[] = [];
      if (r.late && r.lastAt) flags.push(`late (last answer ${dueText(r.lastAt)})`);
      if (r.edited) flags.push('edited file: checksum does not match');
      if (r.remarked > 0)
        flags.push(
          `${r.remarked} recorded verdict${r.remarked === 1 ? '' : 's'} contradicted by their own numbers`,
        );
      if (r.finishedAt) flags.push('marked finished');
      const f = el('td', flags.join('; ') || '—');
      f.dataset.flags = [r.late ? 'late' : '', r.edited ? 'edited' : '', r.remarked > 0 ? 'remarked' : '']
        .filter(Boolean)
        .join(' ');
      tr.append(f);
      return tr;
    });
    t.querySelector('thead')!.replaceChildren(head);
    t.querySelector('tbody')!.replaceChildren(...body);

    const stats = q<HTMLTableSectionElement>('[data-exercise-stats] tbody');
    stats.replaceChildren(
      ...table.exercises.map((e) => {
        const tr = el('tr');
        const th = el('th', e.label);
        th.scope = 'row';
        tr.append(
          th,
          el('td', pct(e.correct)),
          el('td', pct(e.firstTry)),
          el('td', e.wrong.map((w) => `“${w.answer}” ×${w.count}`).join(', ') || '—'),
        );
        return tr;
      }),
    );
    const chapters = q<HTMLTableSectionElement>('[data-chapter-stats] tbody');
    chapters.replaceChildren(
      ...table.chapters.map((c) => {
        const tr = el('tr');
        const th = el('th', catalogChapter(c.chapter));
        th.scope = 'row';
        tr.append(
          th,
          el('td', String(c.exercises)),
          el('td', `${c.complete} of ${table!.rows.length}`),
          el('td', pct(c.meanDone)),
        );
        return tr;
      }),
    );
  };

  const catalogChapter = (slug: string) =>
    Object.values(catalog).find((c) => c.chapter === slug)?.chapterLabel ?? slug;

  const add = (more: IncomingFile[]) => {
    files = [...files, ...more];
    void reload();
  };

  q('[data-use-link]').addEventListener('click', () => useLink(linkInput.value));
  linkInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      useLink(linkInput.value);
    }
  });
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    if (input.dataset.folder !== undefined) input.webkitdirectory = true;
    input.addEventListener('change', () => {
      add([...(input.files ?? [])].map((f) => incoming(f, f.webkitRelativePath || f.name)));
      input.value = '';
    });
  }
  const zone = q<HTMLElement>('[data-drop]');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.dataset.over = '1';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.over);
  zone.addEventListener('drop', async (e) => {
    e.preventDefault();
    delete zone.dataset.over;
    if (e.dataTransfer) add(await droppedFiles(e.dataTransfer));
  });
  q('[data-clear]').addEventListener('click', () => {
    files = [];
    void reload();
  });
  q('[data-gradebook]').addEventListener('click', () => {
    if (!table || !assignment) return;
    const url = URL.createObjectURL(new Blob([gradebookCSV(table, assignment.title)], { type: 'text/csv' }));
    const a = el('a');
    a.href = url;
    a.download = `unrolled-${assignment.id ?? 'assignment'}-gradebook.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  const fromURL = new URLSearchParams(location.search).get(ASSIGNMENT_PARAM);
  if (fromURL) {
    linkInput.value = new URL(location.href).toString();
    useLink(fromURL);
  }
}
