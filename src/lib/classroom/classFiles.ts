// Reads a class's results files for one assignment: zips are opened, and every file that cannot count
// (too large, an image, junk, another assignment or book version, no student, a duplicate) gets one plain
// line saying why; the rest load. Checksums are verified here; an edited file loads, flagged. Pure.
import type { Assignment } from '../progress/assignmentLink.ts';
import { assignmentIdOf } from '../progress/assignmentLink.ts';
import { type ReadMeta, readResultsFile } from '../progress/resultsFile.ts';
import { emptyProgress, type Progress } from '../progress/store.ts';
import { canonicalJSON, resultsChecksum } from './checksum.ts';
import { studentKey } from './studentKey.ts';
import { looksLikeZip, megabytes, readZip } from './zipReader.ts';

/** Results files are a few kilobytes; anything past this is not one, and is not read at all. */
export const MAX_RESULTS_BYTES = 2_000_000;
/** A zip of a class's files may be larger than one file; its entries are still held to MAX_RESULTS_BYTES. */
export const MAX_ZIP_BYTES = 50_000_000;

export interface IncomingFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export interface StudentFile {
  name: string;
  student: string;
  progress: Progress;
  meta: ReadMeta;
  /** The checksum is missing or does not match: the file was edited after export (or made by hand). */
  edited: boolean;
  /** With per-student variants: recorded verdicts that marking against the student's own numbers changed. */
  remarked?: number;
}

export interface Skipped {
  name: string;
  reason: string;
}

export interface ClassFiles {
  students: StudentFile[];
  skipped: Skipped[];
}

const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
];

function sniff(bytes: Uint8Array): string | undefined {
  for (const [what, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return what;
  if (String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'a WebP image';
  return undefined;
}

/** Semver's compatible line: the major number, or "0.minor" before 1.0. */
function bookLine(version: string): string {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

interface Context {
  assignment: Assignment;
  /** This book's version (package.json). */
  book: string;
}

async function readOne(name: string, bytes: Uint8Array, ctx: Context): Promise<StudentFile | Skipped> {
  const skip = (reason: string): Skipped => ({ name, reason });
  const kind = sniff(bytes);
  if (kind) return skip(`it is ${kind}, not a results file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('it is not a text file, so not a results file');
  }
  const read = readResultsFile(text);
  if (!read.ok) return skip(read.error);
  const { progress, meta } = read.value;
  if (meta.book && bookLine(meta.book) !== bookLine(ctx.book))
    return skip(`it was exported by another version of the book (${meta.book}; this page is ${ctx.book})`);
  const id = assignmentIdOf(ctx.assignment);
  if (!meta.assignmentId)
    return skip('it names no assignment (it was exported from the progress page, not an assignment link)');
  if (meta.assignmentId !== id)
    return skip(
      `it is for another assignment (${meta.assignment ? `"${meta.assignment}", ` : ''}id ${meta.assignmentId})`,
    );
  const student = meta.student?.trim();
  if (!student) return skip('it names no student');
  // Only the assignment's exercises count; anything else the student did in the book is left out.
  const mine = emptyProgress();
  for (const key of ctx.assignment.exercises) {
    const rec = progress.exercises[key];
    if (rec) mine.exercises[key] = rec;
  }
  let edited = false;
  if (ctx.assignment.salt) {
    const expected = await resultsChecksum(ctx.assignment.salt, {
      assignmentId: id,
      student: meta.student ?? '',
      progress,
    });
    edited = meta.checksum !== expected;
  }
  return { name, student, progress: mine, meta, edited };
}

async function expand(file: IncomingFile): Promise<{ name: string; bytes: Uint8Array }[] | Skipped[]> {
  const isZip = /\.zip$/i.test(file.name);
  const limit = isZip ? MAX_ZIP_BYTES : MAX_RESULTS_BYTES;
  if (file.size > limit)
    return [{ name: file.name, reason: `it is too large (${megabytes(file.size)}) to be a results file` }];
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch {
    return [{ name: file.name, reason: 'the browser could not read it' }];
  }
  if (!looksLikeZip(bytes)) return [{ name: file.name, bytes }];
  try {
    const zip = await readZip(bytes, MAX_RESULTS_BYTES);
    const skipped = zip.skipped.map((s) => ({ name: `${file.name} › ${s.name}`, reason: s.reason }));
    const entries = zip.entries.map((e) => ({ name: `${file.name} › ${e.name}`, bytes: e.bytes }));
    return [...skipped, ...entries] as { name: string; bytes: Uint8Array }[] | Skipped[];
  } catch (error) {
    return [{ name: file.name, reason: (error as Error).message }];
  }
}

/**
 * Loads every file for `assignment`. A file that is an exact copy of one already loaded is skipped; two
 * different files from one student keep the later export and skip the earlier one, saying so.
 */
export async function loadClassFiles(files: IncomingFile[], ctx: Context): Promise<ClassFiles> {
  const skipped: Skipped[] = [];
  const byStudent = new Map<string, StudentFile>();
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const item of await expand(file)) {
      if ('reason' in item) {
        skipped.push(item);
        continue;
      }
      const got = await readOne(item.name, item.bytes, ctx);
      if ('reason' in got) {
        skipped.push(got);
        continue;
      }
      const content = canonicalJSON({ s: got.student, p: got.progress, c: got.meta.checksum ?? '' });
      const copyOf = seen.get(content);
      if (copyOf) {
        skipped.push({ name: got.name, reason: `it is a copy of ${copyOf}` });
        continue;
      }
      seen.set(content, got.name);
      const key = studentKey(got.student);
      const other = byStudent.get(key);
      if (!other) {
        byStudent.set(key, got);
        continue;
      }
      const [later, earlier] =
        (got.meta.exportedAt ?? '') >= (other.meta.exportedAt ?? '') ? [got, other] : [other, got];
      byStudent.set(key, later);
      skipped.push({
        name: earlier.name,
        reason: `${later.name} is a later file from the same student (${later.student}); that one is used`,
      });
    }
  }
  return { students: [...byStudent.values()], skipped };
}
