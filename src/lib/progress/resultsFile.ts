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
  /** The assignment link's id, and the student identifier given once on the assignment page. */
  assignmentId?: string;
  student?: string;
  /** The book's version (package.json) that wrote the file. */
  book?: string;
  /** When the student marked a graded assignment finished. */
  finishedAt?: string;
  /** SHA-256 over the content and the assignment's salt (src/lib/classroom/checksum.ts). */
  checksum?: string;
}

/** What a results file says about itself, as read back; every field may be missing from older files. */
export type ReadMeta = Partial<ResultsMeta>;

const META_LIMITS: Record<keyof ResultsMeta, number> = {
  assignment: 200,
  exportedAt: 40,
  assignmentId: 40,
  student: 80,
  book: 20,
  finishedAt: 40,
  checksum: 64,
};

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
/** Who and which assignment, repeated on every row so each row stands alone in a spreadsheet. */
export const CSV_WHO = ['student', 'assignment', 'checksum'];

// A spreadsheet would run a cell that starts with = + - @ as a formula; a leading ' keeps it text.
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function uncell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function resultsCSV(progress: Progress, meta: ReadMeta = {}): string {
  const lines = [[...CSV_HEADER, ...CSV_WHO].join(',')];
  const who = [meta.student ?? '', meta.assignmentId ?? '', meta.checksum ?? ''];
  for (const rec of Object.values(progress.exercises)) {
    rec.attempts.forEach((a, i) => {
      lines.push(
        [
          rec.chapter,
          rec.id,
          rec.kind,
          String(i + 1),
          a.at,
          a.answer,
          a.outcome,
          rec.done ? 'yes' : 'no',
          ...who,
        ]
          .map(csvCell)
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

interface Read {
  progress: Progress;
  meta: ReadMeta;
}

function fromCSV(text: string): Parsed<Read> {
  const rows = parseCSVRows(text);
  if (!rows || rows.length === 0) return { ok: false, error: 'the CSV file could not be read' };
  const header = rows[0].map((h) => h.trim().toLowerCase());
  if (CSV_HEADER.some((h, i) => header[i] !== h))
    return { ok: false, error: `the CSV file's first line should be: ${CSV_HEADER.join(',')}` };
  // Files from before the student columns have eight fields; newer ones add CSV_WHO.
  const width = CSV_WHO.every((h, i) => header[CSV_HEADER.length + i] === h)
    ? CSV_HEADER.length + CSV_WHO.length
    : CSV_HEADER.length;
  const meta: ReadMeta = {};
  const records = new Map<
    string,
    { chapter: string; id: string; kind: string; done: boolean; attempts: unknown[] }
  >();
  for (const [n, r] of rows.slice(1).entries()) {
    if (r.length !== width)
      return { ok: false, error: `line ${n + 2} of the CSV file has ${r.length} fields, not ${width}` };
    const [chapter, id, kind, , at, answer, outcome, done, student, assignmentId, checksum] = r.map(uncell);
    if (n === 0) Object.assign(meta, cleanMeta({ student, assignmentId, checksum }));
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
  return { ok: true, value: { progress: out, meta } };
}

/** Keeps the meta fields that are non-empty strings of a sensible length; the rest are dropped. */
function cleanMeta(x: Record<string, unknown>): ReadMeta {
  const out: ReadMeta = {};
  for (const [key, limit] of Object.entries(META_LIMITS) as [keyof ResultsMeta, number][]) {
    const v = x[key];
    if (typeof v === 'string' && v.trim() !== '' && v.length <= limit) out[key] = v;
  }
  return out;
}

/** Reads an exported results file (JSON or CSV, told apart by content); errors are for the reader. */
export function parseResultsFile(text: string): Parsed<Progress> {
  const r = readResultsFile(text);
  return r.ok ? { ok: true, value: r.value.progress } : r;
}

/** As parseResultsFile, with what the file says about its student, assignment and checksum. */
export function readResultsFile(text: string): Parsed<Read> {
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
    if (!p.ok) return { ok: false, error: `the results file is damaged: ${p.error}` };
    return { ok: true, value: { progress: p.value, meta: cleanMeta(json as Record<string, unknown>) } };
  }
  if (body.toLowerCase().startsWith('chapter,')) return fromCSV(body);
  return { ok: false, error: 'the file is neither a JSON nor a CSV results file exported from this book' };
}

export function isKind(x: string): x is ExerciseKind {
  return (EXERCISE_KINDS as readonly string[]).includes(x);
}
