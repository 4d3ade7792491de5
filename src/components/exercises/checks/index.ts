// Every live figure check in the book, by key ("chapter-slug.name"). Used in the page to run checks and
// at build time to refuse an exercise whose check="…" names none.
import { bagOfWordsChecks } from './bagOfWords.ts';
import { gatesChecks } from './gates.ts';
import type { FigureCheck } from './check.ts';
import { ngramsChecks } from './ngrams.ts';
import { rnnsChecks } from './rnns.ts';
import { sequenceModelingChecks } from './sequenceModeling.ts';
import { transformerChecks } from './transformer.ts';
import { vanishingGradientsChecks } from './vanishingGradients.ts';

export const figureChecks: Record<string, FigureCheck> = {
  ...sequenceModelingChecks,
  ...bagOfWordsChecks,
  ...ngramsChecks,
  ...rnnsChecks,
  ...vanishingGradientsChecks,
  ...gatesChecks,
  ...transformerChecks,
};

export function assertCheck(key: string, where: string): void {
  if (!(key in figureChecks)) {
    const known = Object.keys(figureChecks).sort().join(', ');
    throw new Error(
      `${where}: check="${key}" names no figure check. Add it to src/components/exercises/checks/ (known: ${known})`,
    );
  }
}
