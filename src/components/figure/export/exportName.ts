// The file name of a downloaded figure: the book, the figure's number and id, and the theme when it is not
// the default, so a folder of exports sorts by chapter: unrolled-fig-4-2-gradient-flow.svg.

export type ExportTheme = 'light' | 'dark';
export type ExportFormat = 'svg' | 'png';

/** `n` is the figure's number as printed ("4.2"); `fid` its id (a slug). */
export function exportFileName(n: string, fid: string, format: ExportFormat, theme: ExportTheme): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const parts = ['unrolled', 'fig', slug(n), slug(fid)].filter((p) => p !== '');
  if (theme === 'dark') parts.push('dark');
  return `${parts.join('-')}.${format}`;
}
