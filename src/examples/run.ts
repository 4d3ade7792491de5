// Runs one of the engine's examples in Node and prints what it logs:
//   npx node src/examples/run.ts gradients   (or vanishing, trainRecall, attention, worker)
// The examples themselves import nothing from Node, so the book's appendix runs the same code in the page.
import { examples } from './index.ts';

const name = process.argv[2] ?? '';
const example = examples[name];
if (!example) {
  console.error(`usage: npx node src/examples/run.ts <${Object.keys(examples).join('|')}>`);
  process.exit(1);
}
await (await example.load()).main(console.log);
