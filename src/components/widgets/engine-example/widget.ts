// One engine example as a widget: registered per example name, loading only that example's code.
import { examples } from '../../../examples/index.ts';
import type { Widget } from '../../figure/widget.ts';
import { type ExampleOutput, runExample } from './model.ts';
import { type ExampleSchema, exampleSchema } from './state.ts';
import { exampleView } from './view.ts';

export function exampleWidget(name: string): Widget<ExampleSchema, ExampleOutput> {
  const entry = examples[name];
  if (!entry) throw new Error(`no engine example named "${name}"`);
  // Every dispatch re-renders, so "Run again" (run stays true) runs the example again.
  return {
    schema: exampleSchema,
    async model(state) {
      if (!state.run) return { ran: false, lines: [], ms: 0 };
      return runExample(await entry.load());
    },
    view: exampleView,
  };
}
