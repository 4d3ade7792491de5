// The one home of the figure-state URL format: each setting is a parameter `<fid>.<key>` whose value is
// the field's short text form. The URL writer, prose links (StateLink), assignment links, the builder and
// the tests all go through here, so a link written by one is read the same way by all the others.

/** Figure ids are slugs; state keys are camelCase (see defineSchema). */
const FID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;

/** The URL parameter name of one figure setting. */
export function paramName(fid: string, key: string): string {
  return `${fid}.${key}`;
}

/** Splits a parameter name back into figure id and key; undefined for anything that is not one. */
export function splitParamName(name: string): { fid: string; key: string } | undefined {
  const dot = name.indexOf('.');
  if (dot < 1) return undefined;
  const fid = name.slice(0, dot);
  const key = name.slice(dot + 1);
  return FID.test(fid) && KEY.test(key) ? { fid, key } : undefined;
}

/** True for a parameter that belongs to figure `fid`. */
export function isParamOf(name: string, fid: string): boolean {
  return name.startsWith(`${fid}.`);
}

/**
 * A value's URL text when its field is not at hand (a prose link written in MDX): booleans as 1/0,
 * everything else as written. The figure decodes (and clamps) it with its schema, like any URL value.
 */
export function encodeLiteral(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

/** The `fid.key` entries for a set of key → URL text pairs. */
export function paramEntries(fid: string, values: Record<string, string>): [string, string][] {
  return Object.entries(values).map(([k, v]) => [paramName(fid, k), v]);
}
