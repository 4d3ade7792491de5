// Every computed answer in the book, by key ("chapter-slug.name"). An exercise's answer="…" names one;
// an unknown key, or a provider that returns no finite number, fails the build with the exercise named.
import { bagOfWordsAnswers } from './bagOfWords.ts';
import { ngramsAnswers } from './ngrams.ts';
import { rnnsAnswers } from './rnns.ts';
import { vanishingGradientsAnswers } from './vanishingGradients.ts';
import { gatesAnswers } from './gates.ts';
import type { AnswerProvider } from './provider.ts';
import { seq2seqAnswers } from './seq2seq.ts';
import { attentionAnswers } from './attention.ts';
import { sequenceModelingAnswers } from './sequenceModeling.ts';
import { transformerAnswers } from './transformer.ts';

export const answerProviders: Record<string, AnswerProvider> = {
  ...sequenceModelingAnswers,
  ...bagOfWordsAnswers,
  ...ngramsAnswers,
  ...rnnsAnswers,
  ...vanishingGradientsAnswers,
  ...gatesAnswers,
  ...seq2seqAnswers,
  ...attentionAnswers,
  ...transformerAnswers,
};

const cache = new Map<string, Promise<number>>();

/** The answer for `key`, computed once per build. `where` names the exercise for the error message. */
export function resolveAnswer(key: string, where: string): Promise<number> {
  const provider = answerProviders[key];
  if (!provider) {
    const known = Object.keys(answerProviders).sort().join(', ');
    return Promise.reject(
      new Error(
        `${where}: answer="${key}" names no answer provider. Add it to src/components/exercises/answers/ (known: ${known})`,
      ),
    );
  }
  let value = cache.get(key);
  if (!value) {
    value = Promise.resolve(provider()).then((x) => {
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw new Error(`${where}: answer provider "${key}" returned ${String(x)}, not a finite number`);
      return x;
    });
    cache.set(key, value);
  }
  return value;
}
