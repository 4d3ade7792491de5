// The text of an exercise as HTML for the worksheet and the assignment page, from its MDX source:
// paragraphs, **bold**, *italic*, `code` and $math$ (KaTeX at build time); components are dropped.
// A small subset on purpose: exercise questions are a few sentences.
import katex from 'katex';

function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function inline(text: string): string {
  const parts = text.split(/(\$[^$]+\$|`[^`]+`)/);
  return parts
    .map((p) => {
      if (p.startsWith('$') && p.endsWith('$') && p.length > 2)
        return katex.renderToString(p.slice(1, -1), { throwOnError: true, output: 'htmlAndMathml' });
      if (p.startsWith('`') && p.endsWith('`') && p.length > 2)
        return `<code>${escapeHtml(p.slice(1, -1))}</code>`;
      return escapeHtml(p)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\*([^*]+)\*/g, '<em>$1</em>');
    })
    .join('');
}

function blocks(source: string): string {
  return source
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b !== '')
    .map((b) => {
      const display = /^\$\$([\s\S]+)\$\$$/.exec(b);
      if (display)
        return katex.renderToString(display[1].replace(/\\label\{[^}]+\}/, ''), {
          throwOnError: true,
          displayMode: true,
          output: 'htmlAndMathml',
        });
      return `<p>${inline(b)}</p>`;
    })
    .join('');
}

export interface QuestionParts {
  question: string;
  choices: string[];
}

export interface KeyChoice {
  html: string;
  correct: boolean;
  /** The option's numeric value, when a computed answer decides which option is right. */
  value?: number;
  feedback: string;
}

/** The choices with what the answer key needs: which is right and the feedback each one gives. */
export function keyChoices(source: string): KeyChoice[] {
  return [...source.matchAll(/<Choice\b([^>]*)>([\s\S]*?)<\/Choice>/g)].map((m) => {
    const value = /\svalue="([^"]+)"/.exec(m[1])?.[1];
    return {
      html: inline(m[2].replace(/\s+/g, ' ').trim()),
      correct: /\scorrect\b/.test(m[1]),
      value: value === undefined ? undefined : Number(value),
      feedback: /\sfeedback="([^"]*)"/.exec(m[1])?.[1] ?? '',
    };
  });
}

/** A slot's content (`<div slot="solution">…</div>`) as HTML, or '' when the exercise has none. */
export function slotHtml(source: string, slot: string): string {
  const m = new RegExp(`<div\\s+slot="${slot}"\\s*>([\\s\\S]*?)<\\/div>`).exec(source);
  return m ? blocks(m[1].replace(/<[^>]+>/g, '')) : '';
}

/** Splits an exercise's source into its question and its choices (solutions and reveals left out). */
export function questionHtml(source: string): QuestionParts {
  const choices = [...source.matchAll(/<Choice\b[^>]*>([\s\S]*?)<\/Choice>/g)].map((m) =>
    inline(m[1].replace(/\s+/g, ' ').trim()),
  );
  const question = source
    .replace(/<Choice\b[^>]*>[\s\S]*?<\/Choice>/g, '')
    .replace(/<Fragment\s+slot="[^"]*"\s*>[\s\S]*?<\/Fragment>/g, '')
    .replace(/<div\s+slot="[^"]*"\s*>[\s\S]*?<\/div>/g, '')
    .replace(/<[^>]+>/g, '');
  return { question: blocks(question), choices };
}
