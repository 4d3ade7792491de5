// Reads the genre names (A. PRESS: REPORTAGE …) from the Brown CONTENTS file, so the chapter never types them in.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lower-case category letter → genre name; empty when the directory has no CONTENTS file (test fixtures). */
export function readCategories(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  const path = join(dir, 'CONTENTS');
  if (!existsSync(path)) return names;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^([A-R])[.:]\s+(\S.*)$/.exec(line.trim());
    if (match && !names.has(match[1].toLowerCase())) names.set(match[1].toLowerCase(), match[2].trim());
  }
  return names;
}
