// An assignment as a link: a title, the chosen exercises ("chapter/id"), and figure presets (settings a
// figure opens with, some of them locked). Encoded as base64url JSON in one URL parameter; decoding
// validates everything, because a link can be edited by anyone.
import { paramEntries, splitParamName } from '../../components/figure/stateParams.ts';
import type { Parsed } from './store.ts';

export const ASSIGNMENT_PARAM = 'a';
export const ASSIGNMENT_VERSION = 1;
/** How per-student numbers are drawn (components/exercises/variants/seed.ts); a link records the one it used. */
export const VARIANT_SCHEME = 1;

export interface FigurePreset {
  chapter: string;
  /** The figure's id (its `fid`). */
  fid: string;
  /** State keys and their URL values, as a figure's "Copy link" writes them. */
  state: Record<string, string>;
  /** State keys the student cannot change; each must be a key of `state`. */
  locked: string[];
}

/** Practice shows right or wrong at once; graded records answers and shows them once the student finishes. */
export type AssignmentMode = 'practice' | 'graded';

export interface Assignment {
  v: typeof ASSIGNMENT_VERSION;
  title: string;
  /** "chapter/id" keys, in the order the instructor chose. */
  exercises: string[];
  presets: FigurePreset[];
  /** Names the assignment in results files; links made before it existed have none. */
  id?: string;
  /** Mixed into each results file's checksum, so a file cannot be re-signed without the link. */
  salt?: string;
  /** ISO 8601 time after which work is marked late (never refused). */
  due?: string;
  /** Checks allowed per exercise; none means unlimited. */
  maxAttempts?: number;
  mode?: AssignmentMode;
  /** Each student gets their own numbers, drawn by this scheme from the assignment id and their identifier. */
  variants?: typeof VARIANT_SCHEME;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const STATE_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const MAX_TITLE = 120;
const MAX_ITEMS = 100;
const MAX_VALUE = 300;
const ASSIGNMENT_ID = /^[a-z0-9][a-z0-9-]{2,39}$/;
const SALT = /^[A-Za-z0-9_-]{8,64}$/;
export const MAX_ATTEMPT_LIMIT = 20;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
  try {
    const bin = atob(code.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeAssignment(a: Assignment): string {
  return toBase64Url(JSON.stringify(a));
}

function isKey(x: unknown): x is string {
  if (typeof x !== 'string') return false;
  const [chapter, id, ...rest] = x.split('/');
  return rest.length === 0 && SLUG.test(chapter ?? '') && SLUG.test(id ?? '');
}

export function validateAssignment(x: unknown): Parsed<Assignment> {
  if (typeof x !== 'object' || x === null) return { ok: false, error: 'the link holds no assignment' };
  const a = x as Record<string, unknown>;
  if (a.v !== ASSIGNMENT_VERSION)
    return { ok: false, error: 'the link was made by another version of the book' };
  if (typeof a.title !== 'string' || a.title.trim() === '')
    return { ok: false, error: 'the assignment has no title' };
  if (!Array.isArray(a.exercises) || a.exercises.length === 0 || a.exercises.length > MAX_ITEMS)
    return { ok: false, error: 'the assignment lists no exercises' };
  if (!a.exercises.every(isKey))
    return { ok: false, error: 'the assignment names an exercise in a form the book cannot read' };
  if (!Array.isArray(a.presets) || a.presets.length > MAX_ITEMS)
    return { ok: false, error: 'the assignment has unreadable figure settings' };
  const presets: FigurePreset[] = [];
  for (const p of a.presets as unknown[]) {
    const q = p as Record<string, unknown>;
    if (typeof q !== 'object' || q === null || typeof q.chapter !== 'string' || !SLUG.test(q.chapter))
      return { ok: false, error: 'a figure setting names no chapter' };
    if (typeof q.fid !== 'string' || !SLUG.test(q.fid))
      return { ok: false, error: 'a figure setting names no figure' };
    if (typeof q.state !== 'object' || q.state === null || Array.isArray(q.state))
      return { ok: false, error: `the settings for figure ${q.fid} are unreadable` };
    const state: Record<string, string> = {};
    for (const [k, v] of Object.entries(q.state)) {
      if (!STATE_KEY.test(k) || typeof v !== 'string' || v.length > MAX_VALUE)
        return { ok: false, error: `the settings for figure ${q.fid} are unreadable` };
      state[k] = v;
    }
    if (!Array.isArray(q.locked) || !q.locked.every((k) => typeof k === 'string' && k in state))
      return { ok: false, error: `figure ${q.fid} locks a setting the assignment does not give` };
    presets.push({ chapter: q.chapter, fid: q.fid, state, locked: [...(q.locked as string[])] });
  }
  const settings = validateSettings(a);
  if (!settings.ok) return settings;
  return {
    ok: true,
    value: {
      v: ASSIGNMENT_VERSION,
      title: [...a.title.trim()].slice(0, MAX_TITLE).join(''),
      exercises: [...new Set(a.exercises as string[])],
      presets,
      ...settings.value,
    },
  };
}

type Settings = Pick<Assignment, 'id' | 'salt' | 'due' | 'maxAttempts' | 'mode' | 'variants'>;

/** The optional settings; each one present must be readable, and absent ones stay absent. */
function validateSettings(a: Record<string, unknown>): Parsed<Settings> {
  const out: Settings = {};
  if (a.id !== undefined) {
    if (typeof a.id !== 'string' || !ASSIGNMENT_ID.test(a.id))
      return { ok: false, error: 'the assignment has an unreadable id' };
    out.id = a.id;
  }
  if (a.salt !== undefined) {
    if (typeof a.salt !== 'string' || !SALT.test(a.salt))
      return { ok: false, error: 'the assignment has an unreadable checksum key' };
    out.salt = a.salt;
  }
  if (a.due !== undefined) {
    if (typeof a.due !== 'string' || a.due.length > 40 || Number.isNaN(Date.parse(a.due)))
      return { ok: false, error: 'the assignment has an unreadable due date' };
    out.due = new Date(a.due).toISOString();
  }
  if (a.maxAttempts !== undefined) {
    const n = a.maxAttempts;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_ATTEMPT_LIMIT)
      return { ok: false, error: `the attempt limit must be a whole number from 1 to ${MAX_ATTEMPT_LIMIT}` };
    out.maxAttempts = n;
  }
  if (a.mode !== undefined) {
    if (a.mode !== 'practice' && a.mode !== 'graded')
      return { ok: false, error: 'the assignment is neither practice nor graded' };
    out.mode = a.mode;
  }
  if (a.variants !== undefined) {
    if (a.variants !== VARIANT_SCHEME)
      return { ok: false, error: 'its per-student numbers were drawn by another version of the book' };
    if (out.id === undefined)
      return { ok: false, error: 'it gives per-student numbers but has no id to draw them from' };
    out.variants = VARIANT_SCHEME;
  }
  return { ok: true, value: out };
}

/** The id results files carry: the link's own, or for older links one made from the title. */
export function assignmentIdOf(a: Assignment): string {
  if (a.id) return a.id;
  const slug = a.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
  return `title-${slug || 'assignment'}`;
}

export function decodeAssignment(code: string | null): Parsed<Assignment> {
  if (!code) return { ok: false, error: 'the link holds no assignment' };
  const text = fromBase64Url(code.trim());
  if (text === undefined)
    return { ok: false, error: 'the link is damaged (perhaps cut short when it was copied)' };
  try {
    return validateAssignment(JSON.parse(text));
  } catch {
    return { ok: false, error: 'the link is damaged (perhaps cut short when it was copied)' };
  }
}

/** The figure URL parameters (`fid.key=value`) for one chapter's presets. */
export function presetParams(a: Assignment, chapter: string): [string, string][] {
  return a.presets.filter((p) => p.chapter === chapter).flatMap((p) => paramEntries(p.fid, p.state));
}

/** Reads figure settings from a link copied with a figure's "Copy link to this state" button. */
export function presetsFromFigureLink(
  link: string,
): Parsed<{ chapter: string; fid: string; state: Record<string, string> }[]> {
  let url: URL;
  try {
    url = new URL(link.trim(), 'http://book.invalid');
  } catch {
    return { ok: false, error: 'that is not a link' };
  }
  const m = /\/chapters\/([a-z0-9-]+)\/?$/.exec(url.pathname);
  if (!m) return { ok: false, error: 'that is not a link to a chapter of this book' };
  const byFigure = new Map<string, Record<string, string>>();
  for (const [name, value] of url.searchParams) {
    const param = splitParamName(name);
    if (!param || value.length > MAX_VALUE) continue;
    const { fid, key } = param;
    const state = byFigure.get(fid) ?? {};
    state[key] = value;
    byFigure.set(fid, state);
  }
  if (byFigure.size === 0)
    return {
      ok: false,
      error: 'the link carries no figure settings (use "Copy link to this state" after changing a figure)',
    };
  return { ok: true, value: [...byFigure].map(([fid, state]) => ({ chapter: m[1], fid, state })) };
}
