// One student however they typed their name: the key the class table and per-student numbers use.

/** The same person however they typed their name: case, spacing and Unicode forms aside. */
export function studentKey(student: string): string {
  return student.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
