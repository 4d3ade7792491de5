// The engine-example view (D3 only): a Run button and the example's printed output.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { bindState, controlId } from '../../ui/stateControl.ts';
import type { ExampleOutput } from './model.ts';
import type { ExampleSchema } from './state.ts';

export function exampleView(
  root: HTMLElement,
  dispatch: Dispatch<ExampleSchema>,
  ctx: ViewContext<ExampleSchema>,
): WidgetView<ExampleSchema, ExampleOutput> {
  const r = select(root);
  const controls = r.append('div').attr('class', 'widget-controls');
  const button = controls
    .append('button')
    .attr('type', 'button')
    .attr('id', controlId(ctx.fid, 'run'))
    .text('Run in your browser')
    .on('click', () => {
      button.attr('disabled', true).text('Running…');
      // Let the button repaint before the example occupies the main thread.
      setTimeout(() => dispatch({ run: true }), 30);
    });
  bindState(button.node()!, 'run', 'Run the example');
  const note = controls.append('span').attr('class', 'widget-note');
  const built = root.closest('book-figure')?.querySelector('.figure-static .example-output');
  const out = r
    .append('pre')
    .attr('class', 'example-output')
    .attr('tabindex', 0)
    .attr('role', 'region')
    // each example's output is its own landmark, named after the example (axe: landmark-unique)
    .attr('aria-label', built?.getAttribute('aria-label') ?? `Output of the example ${ctx.fid}`)
    // Until the reader runs it, show what the same code printed when the site was built, as the note says;
    // the static first frame carries that output, and the live frame replaces it.
    .text(built?.textContent ?? '');
  return {
    update(model) {
      button.attr('disabled', null).text(model.ran ? 'Run again' : 'Run in your browser');
      note.text(
        model.ran
          ? `Ran in ${model.ms.toFixed(0)} ms in this page.`
          : 'Output below is from when the site was built.',
      );
      if (model.ran) out.text(model.lines.join('\n'));
    },
  };
}
