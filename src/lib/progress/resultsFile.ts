// Results a student hands in: the progress record as JSON or CSV (one row per attempt: answers, outcomes,
// times), and the reverse, which validates a file and says plainly what is wrong with a bad one.
import {
  EXERCISE_KINDS,
  type ExerciseKind,
  emptyProgress,
  keyOf,
  type Parsed,
  type Progress,
  parseProgress,
  parseRecord,
} from './store.ts';

export const RESULTS_FORMAT = 'unrolled-results';
const MAX_FILE_CHARS = 2_000_000;

export interface ResultsMeta {
  /** The assignment's title, when exported from an assignment page. */
  assignment?: string;
  exportedAt: string;
}

/** Keeps only the listed exercise keys ("chapter/id"), or everything when `only` is omitted. */
export function selectProgress(progress: Progress, only?: readonly string[]): Progress {
  if (!only) return progress;
  const out = emptyProgress();
  for (const key of only) {
    const rec = progress.exercises[key];
    if (rec) out.exercises[key] = rec;
  }
  return out;
}

export function resultsJSON(progress: Progress, meta: ResultsMeta): string {
  return `${JSON.stringify({ format: RESULTS_FORMAT, ...meta, ...progress }, null, 2)}\n`;
}

export const CSV_HEADER = ['chapter', 'exercise', 'kind', 'attempt', 'time', 'answer', 'outcome', 'done'];

// A spreadsheet would run a cell that starts with = + - @ as a formula; a leading ' keeps it text.
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function uncell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function resultsCSV(progress: Progress): string {
  const lines = [CSV_HEADER.join(',')];
  for (const rec of Object.values(progress.exercises)) {
    rec.attempts.forEach((a, i) => {
      lines.push(
        [rec.chapter, rec.id, rec.kind, String(i + 1), a.at, a.answer, a.outcome, rec.done ? 'yes' : 'no']
          .map(cell)
          .join(','),
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCSVRows(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  if (quoted) return undefined;
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function fromCSV(text: string): Parsed<Progress> {
  const rows = parseCSVRows(text);
  if (!rows || rows.length === 0) return { ok: false, error: 'the CSV file could not be read' };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  if (CSV_HEADER.some((h, i) => header[i] !== h))
    return { ok: false, error: `the CSV file's first line should be: ${CSV_HEADER.join(',')}` };
  const records = new Map<
    string,
    { chapter: string; id: string; kind: string; done: boolean; attempts: unknown[] }
  >();
  for (const [n, r] of rows.slice(1).entries()) {
    if (r.length !== CSV_HEADER.length)
      return {
        ok: false,
        error: `line ${n + 2} of the CSV file has ${r.length} fields, not ${CSV_HEADER.length}`,
      };
    const [chapter, id, kind, , at, answer, outcome, done] = r.map(uncell);
    const key = keyOf(chapter, id);
    const rec = records.get(key) ?? { chapter, id, kind, done: false, attempts: [] };
    rec.done ||= done === 'yes';
    rec.attempts.push({ at, answer, outcome });
    records.set(key, rec);
  }
  const out = emptyProgress();
  for (const raw of records.values()) {
    const p = parseRecord(raw);
    if (!p.ok) return { ok: false, error: p.error };
    out.exercises[keyOf(p.value.chapter, p.value.id)] = p.value;
  }
  return { ok: true, value: out };
}

/** Reads an exported results file (JSON or CSV, told apart by content); errors are for the reader. */
export function parseResultsFile(text: string): Parsed<Progress> {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'the file is too large to be a results file' };
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { ok: false, error: 'the file is empty' };
  if (body.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, error: 'the file looks like JSON but is not valid JSON' };
    }
    if ((json as { format?: unknown }).format !== RESULTS_FORMAT)
      return { ok: false, error: 'the JSON file is not a results file exported from this book' };
    const p = parseProgress(json);
    return p.ok ? p : { ok: false, error: `the results file is damaged: ${p.error}` };
  }
  if (body.toLowerCase().startsWith('chapter,')) return fromCSV(body);
  return { ok: false, error: 'the file is neither a JSON nor a CSV results file exported from this book' };
}

export function isKind(x: string): x is ExerciseKind {
  return (EXERCISE_KINDS as readonly string[]).includes(x);
}
