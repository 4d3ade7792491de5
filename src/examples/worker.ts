// Example: drive training through the worker protocol, as a widget does; here the "worker" is the other end of a MessageChannel.
import { serveTrainer, TrainerClient } from '../engine/index.ts';
import { bookTasks } from '../tasks/index.ts';

// In the page the only difference is the port: TrainerClient takes the Worker itself, made with
// newTrainingWorker() from src/components/training/trainingWorker.ts, whose entry src/tasks/train.worker.ts
// serves the same registry with serveChannels(self, { registry: bookTasks }).
export async function main(
  log: (line: string) => void = console.log,
): Promise<{ status: string; step: number; updates: number }> {
  const { port1, port2 } = new MessageChannel();
  // The worker side decides which tasks it knows: here the book's, as the book's worker entry does.
  const stopServing = serveTrainer(port1, { registry: bookTasks });
  const client = new TrainerClient(port2);
  let updates = 0;
  client.onProgress((p) => {
    updates++;
    log(
      `step ${String(p.step).padStart(4)}  loss ${p.loss.toFixed(4)}  accuracy ${((p.accuracy ?? 0) * 100).toFixed(0)}%`,
    );
  });
  const shapes = await client.init({
    task: 'recall',
    config: { cell: 'gru', lag: 6 },
    seed: 11,
    maxSteps: 400,
    reportEveryMs: 50,
  });
  log(
    `parameters: ${Object.entries(shapes)
      .map(([k, [r, c]]) => `${k} [${r},${c}]`)
      .join(', ')}`,
  );
  const finished = new Promise<{ status: string; step: number }>((resolve) =>
    client.onStatus((s) => {
      if (s.status === 'done' || s.status === 'diverged' || s.status === 'error') resolve(s);
    }),
  );
  client.step(); // one step while paused, then run to maxSteps
  client.start();
  const end = await finished;
  const { metrics } = await client.evaluate();
  log(`${end.status} after ${end.step} steps; held-out accuracy ${(100 * metrics.accuracy).toFixed(0)}%`);
  stopServing();
  client.dispose();
  port1.close();
  port2.close();
  return { status: end.status, step: end.step, updates };
}
