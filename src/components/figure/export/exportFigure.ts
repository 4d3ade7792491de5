// Downloads a figure as one self-contained file: SVG (vector charts, HTML parts, embedded fonts) or PNG
// drawn from that SVG at twice its size, for projectors. Nothing is requested from another host: the
// fonts come from the book's own files and the PNG is drawn from a data: URL.
import { captionText } from './cloneForExport.ts';
import { composeSvg } from './composeSvg.ts';
import { embedFonts } from './embedFonts.ts';
import { type ExportFormat, type ExportTheme, exportFileName } from './exportName.ts';
import { snapshotFigure } from './snapshotFigure.ts';

export const BOOK_NAME = 'Unrolled: an explorable textbook of sequence modeling';
/** PNG pixels per CSS pixel: sharp on a projector or a printed handout. */
export const PNG_SCALE = 2;

export interface FigureExport {
  figure: HTMLElement;
  /** The figure's number for file names ("4.2": chapter and figure) and as a reader says it ("Chapter 4, Figure 2"). */
  n: string;
  label: string;
  fid: string;
  /** Absolute link to the figure's current state. */
  link: string;
  theme: ExportTheme;
}

export async function figureSvg(
  options: FigureExport,
): Promise<{ svg: string; width: number; height: number }> {
  const { figure, label, link, theme } = options;
  const snap = await snapshotFigure(figure, theme, { book: `${BOOK_NAME} · ${label}`, link });
  const svg = composeSvg({
    width: snap.width,
    height: snap.height,
    background: snap.background,
    html: snap.html,
    charts: snap.charts,
    fontCss: await embedFonts(snap.families),
    number: label,
    caption: captionText(figure),
    book: BOOK_NAME,
    link,
  });
  return { svg, width: snap.width, height: snap.height };
}

/** Draws the SVG into a canvas PNG_SCALE times its size. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PNG_SCALE);
  canvas.height = Math.round(height * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a PNG');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds the file and hands it to the browser's download; returns its name. */
export async function downloadFigure(options: FigureExport, format: ExportFormat): Promise<string> {
  const { svg, width, height } = await figureSvg(options);
  const name = exportFileName(options.n, options.fid, format, options.theme);
  const blob =
    format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
  save(blob, name);
  return name;
}
