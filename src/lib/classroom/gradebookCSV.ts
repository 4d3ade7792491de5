// The gradebook CSV: one row per student, an identifier column, one score column per exercise and a
// total, shaped for Canvas's and Moodle's CSV grade import (the instructor's guide says how to map it).
import { csvCell } from '../progress/resultsFile.ts';
import type { ClassTable } from './classTable.ts';

export function gradebookCSV(table: ClassTable, title: string): string {
  // Canvas makes a new assignment for each unknown column, so each header names its exercise fully and
  // says how many points it is worth; Moodle maps each column to a grade item by the same header. Commas
  // are left out of headers: some importers split on them even inside quotes.
  const name = (s: string) => s.replaceAll(',', '');
  const header = [
    'Student',
    ...table.columns.map((c) => `${name(title)}: ${name(c.label)} (${c.key}) [1]`),
    `${name(title)}: Total [${table.columns.length}]`,
  ];
  const lines = [
    header,
    ...table.rows.map((r) => [r.student, ...r.cells.map((c) => String(c.score)), String(r.score)]),
  ];
  return `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
