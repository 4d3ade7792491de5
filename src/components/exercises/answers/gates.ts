// Chapter 5's computed answers: parameter counts from the engine's own lstmParams and gruParams.
import { gruParams, lstmParams, Rng } from '../../../engine/index.ts';
import type { AnswerProvider } from './provider.ts';

const count = (p: { W: { size: number }; b: { size: number } }) => p.W.size + p.b.size;

export const gatesAnswers = {
  /** Parameters of an LSTM layer with D = 10 inputs and H = 20 units: 4H(H + D) + 4H. */
  'gates.lstm-params': () => count(lstmParams(new Rng(1), 10, 20)),
  /** Parameters of a GRU layer with the same sizes: 3H(H + D) + 3H. */
  'gates.gru-params': () => count(gruParams(new Rng(1), 10, 20)),
} satisfies Record<string, AnswerProvider>;
