// Example: the step-based Trainer on the book's long-lag recall task, an LSTM and a vanilla RNN from the same seed.
import { Trainer } from '../engine/index.ts';
import { bookTasks } from '../tasks/index.ts';

/** Trains each cell for `steps` steps and returns its held-out accuracy. */
export function main(log: (line: string) => void = console.log, steps = 300): Record<string, number> {
  const accuracy: Record<string, number> = {};
  for (const cell of ['lstm', 'rnn'] as const) {
    const trainer = new Trainer(
      { task: 'recall', config: { cell, lag: 8 }, seed: 1, clipNorm: 5 },
      bookTasks,
    );
    const losses: string[] = [];
    for (let i = 1; i <= steps; i++) {
      const r = trainer.step();
      if (r.status !== 'ok') {
        log(`${cell}: ${r.message}`);
        break;
      }
      if (i % Math.max(1, Math.floor(steps / 5)) === 0) losses.push(`${i}: ${r.loss.toFixed(3)}`);
    }
    accuracy[cell] = trainer.evaluate().accuracy;
    log(
      `${cell.padEnd(4)} loss ${losses.join('  ')}   held-out accuracy ${(100 * accuracy[cell]).toFixed(0)}%`,
    );
  }
  return accuracy;
}
