// The budget rule, separate from the file it reads so the checker spec can feed it a broken report.
export const CHAPTER_JS_BUDGET_BYTES = 150 * 1024;

export interface BudgetRow {
  url: string;
  gzipBytes: number;
}

export function overBudget(report: BudgetRow[]): string[] {
  return report
    .filter((r) => r.url.startsWith('/chapters/') && r.gzipBytes > CHAPTER_JS_BUDGET_BYTES)
    .map((r) => `${r.url}: ${(r.gzipBytes / 1024).toFixed(1)} KB > 150 KB`);
}
