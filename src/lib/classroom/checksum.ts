// A results file's checksum: SHA-256 over the assignment's salt (from the link) and a canonical JSON of
// who answered what. An edited file no longer matches it. Answers are computed in the student's page, so
// this deters casual editing; it cannot stop someone who reads the salt from the link and re-signs.
import type { Progress } from '../progress/store.ts';

/** JSON with object keys in sorted order at every depth, so equal content always gives equal text. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface SignedContent {
  assignmentId: string;
  student: string;
  progress: Progress;
}

/** Lowercase hex SHA-256 of `salt`, a newline and the canonical content (Web Crypto: page and Node alike). */
export async function resultsChecksum(salt: string, content: SignedContent): Promise<string> {
  const text = `${salt}\n${canonicalJSON({
    assignmentId: content.assignmentId,
    student: content.student,
    exercises: content.progress.exercises,
  })}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
