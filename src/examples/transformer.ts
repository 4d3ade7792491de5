// Example: a tiny GPT on the book's 'tiny-gpt' task: its parameter count, a short AdamW run with warm-up and cosine decay, held-out loss, a sample, and one head's attention.
import { attentionMap, Tape, Trainer, transformerParamCount } from '../engine/index.ts';
import { bookTasks, sampleGpt, splitText, tinyGptModel, tinyGptTask } from '../tasks/index.ts';

/** Trains for `steps` steps, then samples 60 characters and prints layer 2, head 1's attention on a prefix. */
export function main(
  log: (line: string) => void = console.log,
  steps = 150,
): { params: number; before: number; after: number; sample: string; attention: number[][] } {
  const config = { ...tinyGptTask.defaults, context: 24, d: 32, heads: 4, layers: 2, batch: 8 };
  const { vocab } = splitText(config);
  const params = transformerParamCount({ ...config, vocab: vocab.length });
  log(`${vocab.length} characters, 2 layers, d = 32, 4 heads, context 24: ${params} parameters`);
  const trainer = new Trainer(
    {
      task: 'tiny-gpt',
      config: { context: 24, d: 32, heads: 4, layers: 2, batch: 8 },
      seed: 1,
      optimizer: {
        type: 'adamw',
        lr: 3e-3,
        weightDecay: 0.01,
        schedule: { type: 'warmup-cosine', warmup: 20, total: steps },
      },
    },
    bookTasks,
  );
  const before = trainer.evaluate().heldOutLoss;
  for (let i = 1; i <= steps; i++) {
    const r = trainer.step();
    if (r.status !== 'ok') throw new Error(r.message);
    if (i % Math.max(1, Math.floor(steps / 3)) === 0) log(`step ${i}: training loss ${r.loss.toFixed(3)}`);
  }
  const after = trainer.evaluate().heldOutLoss;
  log(
    `held-out loss ${before.toFixed(3)} → ${after.toFixed(3)} nats per character (uniform: ${Math.log(vocab.length).toFixed(3)})`,
  );
  const model = tinyGptModel(config, vocab.length, trainer.task.params);
  const sample = sampleGpt(model, vocab, { length: 60, seed: 7, prime: 'The ', temperature: 0.8, topK: 10 });
  log(`sample: "The ${sample}"`);
  const prefix = 'attention';
  const ids = [...prefix].map((ch) => vocab.indexOf(ch));
  const tape = new Tape();
  const attention = tape.noGrad(() => attentionMap(model.forward(ids, 1).attention[1], 0, 0, 4));
  log(`layer 2, head 1 on "${prefix}" (row: query, columns: keys it attends to)`);
  for (const [i, row] of attention.entries())
    log(`  ${prefix[i]}  ${row.map((w) => w.toFixed(2)).join(' ')}`);
  return { params, before, after, sample, attention };
}
