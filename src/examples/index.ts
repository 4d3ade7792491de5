// The engine's runnable examples, by name: what each shows, and a lazy loader so a page that runs one
// does not download the others. Each example's main(log) calls only the engine (and, to train, the book's
// tasks in src/tasks), nothing of Node or the DOM: it runs in Node and in the page. They live outside
// src/engine because the engine imports nothing outside itself.
export interface ExampleModule {
  main(log: (line: string) => void): unknown;
}

export interface ExampleEntry {
  title: string;
  summary: string;
  load(): Promise<ExampleModule>;
}

export const examples: Record<string, ExampleEntry> = {
  gradients: {
    title: 'Gradients on a tape, checked numerically',
    summary:
      'Record a small computation, backpropagate, compare with derivatives by hand and with gradcheck.',
    load: () => import('./gradients.ts'),
  },
  vanishing: {
    title: 'The gradient through time',
    summary: 'How much of the loss gradient reaches h₁ of a tanh RNN, for three spectral radii of W_hh.',
    load: () => import('./vanishing.ts'),
  },
  trainRecall: {
    title: 'Training a vanilla RNN and an LSTM',
    summary: 'Both cells learn to recall a symbol; held-out accuracy after a few hundred Adam steps.',
    load: () => import('./trainRecall.ts'),
  },
  attention: {
    title: 'Sequence reversal with attention',
    summary: 'A tiny encoder–decoder with additive attention; greedy decoding and its attention weights.',
    load: () => import('./attention.ts'),
  },
  transformer: {
    title: 'A tiny GPT',
    summary:
      'A two-layer transformer learns characters of a short text with AdamW; held-out loss, a sample, one head’s attention.',
    load: () => import('./transformer.ts'),
  },
  worker: {
    title: 'The training protocol',
    summary: 'Start a Trainer behind a message port, receive progress events, and read the final status.',
    load: () => import('./worker.ts'),
  },
};
