// Typed widget settings: each field has a default and bounds, encodes to a short URL value, and decodes
// junk back to the default (with a note saying which key was rejected). Pure, so Node tests cover it.
import { paramName } from './stateParams.ts';

export interface IntField {
  kind: 'int';
  default: number;
  min: number;
  max: number;
}
export interface FloatField {
  kind: 'float';
  default: number;
  min: number;
  max: number;
  /** Decimal places kept in the URL. */
  digits?: number;
}
export interface EnumField<T extends string = string> {
  kind: 'enum';
  default: T;
  options: readonly T[];
}
export interface BoolField {
  kind: 'bool';
  default: boolean;
}
export interface TextField {
  kind: 'text';
  default: string;
  /** Longer text is cut, so a pasted novel cannot make a link unusable. */
  maxLength: number;
}
export type Field = IntField | FloatField | EnumField | BoolField | TextField;
export type Schema = Record<string, Field>;

export type ValueOf<F extends Field> = F extends IntField | FloatField
  ? number
  : F extends BoolField
    ? boolean
    : F extends EnumField<infer T>
      ? T
      : string;
export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export function defineSchema<S extends Schema>(schema: S): S {
  for (const [key, f] of Object.entries(schema)) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(key))
      throw new Error(`state key "${key}" must be camelCase letters and digits`);
    const ok = coerce(f, f.default);
    if (ok === undefined || ok !== f.default)
      throw new Error(`state key "${key}": default is outside its own bounds`);
  }
  return schema;
}

export function defaults<S extends Schema>(schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(schema)) out[key] = f.default;
  return out as StateOf<S>;
}

/** Brings any value into the field's domain, or undefined when it cannot be read at all. */
export function coerce(f: Field, value: unknown): number | boolean | string | undefined {
  switch (f.kind) {
    case 'int':
    case 'float': {
      const x =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(x)) return undefined;
      const r = f.kind === 'int' ? Math.round(x) : x;
      return Math.min(f.max, Math.max(f.min, r));
    }
    case 'enum':
      return typeof value === 'string' && (f.options as readonly string[]).includes(value)
        ? value
        : undefined;
    case 'bool':
      if (value === true || value === '1' || value === 'true') return true;
      if (value === false || value === '0' || value === 'false') return false;
      return undefined;
    case 'text':
      return typeof value === 'string' ? [...value].slice(0, f.maxLength).join('') : undefined;
  }
}

/** Merges a patch into a state, clamping each value; unknown keys and unreadable values are ignored. */
export function applyPatch<S extends Schema>(
  schema: S,
  state: StateOf<S>,
  patch: Partial<StateOf<S>>,
): StateOf<S> {
  const next: Record<string, unknown> = { ...state };
  for (const [key, value] of Object.entries(patch)) {
    const f = schema[key];
    if (!f) continue;
    const v = coerce(f, value);
    if (v !== undefined) next[key] = v;
  }
  return next as StateOf<S>;
}

export function encodeValue(f: Field, value: unknown): string {
  if (f.kind === 'bool') return value ? '1' : '0';
  if (f.kind === 'float') return String(Number((value as number).toFixed(f.digits ?? 3)));
  return String(value);
}

export interface Decoded<S extends Schema> {
  state: StateOf<S>;
  /** keys present in the URL whose values could not be used; the figure says so */
  rejected: string[];
}

/** Reads `prefix.key` entries from URL parameters; anything unreadable falls back to the default. */
export function decode<S extends Schema>(schema: S, params: URLSearchParams, prefix: string): Decoded<S> {
  const state = defaults(schema) as Record<string, unknown>;
  const rejected: string[] = [];
  for (const [key, f] of Object.entries(schema)) {
    const raw = params.get(paramName(prefix, key));
    if (raw === null) continue;
    const v = coerce(f, raw);
    if (v === undefined) rejected.push(key);
    else state[key] = v;
  }
  return { state: state as StateOf<S>, rejected };
}

/** The URL entries for a state: only values that differ from the default, so links stay short. */
export function encode<S extends Schema>(schema: S, state: StateOf<S>, prefix: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, f] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key];
    if (value === f.default) continue;
    out.push([paramName(prefix, key), encodeValue(f, value)]);
  }
  return out;
}
