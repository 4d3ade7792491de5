// Runs one of the engine's examples and collects what it logs, with the time it took. The same function
// makes the static first frame at build time (in Node) and the live output in the page.
import type { ExampleModule } from '../../../examples/index.ts';

export interface ExampleOutput {
  ran: boolean;
  lines: string[];
  ms: number;
}

export async function runExample(example: ExampleModule): Promise<ExampleOutput> {
  const lines: string[] = [];
  const start = performance.now();
  await example.main((line) => lines.push(line));
  return { ran: true, lines, ms: performance.now() - start };
}
