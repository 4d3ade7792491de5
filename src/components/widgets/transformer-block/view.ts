// "The block" view (D3 only): text and sizes; one block as a column of stages with their shapes and values; the parameter count by part.
import { select } from 'd3-selection';
import type { Dispatch, ViewContext, WidgetView } from '../../figure/widget.ts';
import { choice, slider, textField } from '../../ui/controls.ts';
import { countText, shapeText, statsText } from './format.ts';
import type { TransformerBlockModel } from './model.ts';
import type { TransformerBlockSchema } from './state.ts';

export function transformerBlockView(
  root: HTMLElement,
  _dispatch: Dispatch<TransformerBlockSchema>,
  ctx: ViewContext<TransformerBlockSchema>,
): WidgetView<TransformerBlockSchema, TransformerBlockModel> {
  const r = select(root).classed('transformer-block', true);
  const tc = r.append('div').attr('class', 'widget-controls');
  const text = textField(tc, ctx, 'text', { label: 'Text (up to 32 characters)', className: 'tb-text' });
  const c = r.append('div').attr('class', 'widget-controls');
  const d = choice(c, ctx, 'd', { label: 'Width d' });
  const heads = choice(c, ctx, 'heads', { label: 'Heads' });
  const layers = slider(c, ctx, 'layers', { label: 'Layers' });
  const read = r.append('p').attr('class', 'widget-note');
  const list = r.append('ol').attr('class', 'tb-stages').attr('aria-label', 'One block, stage by stage');
  const agree = r.append('p').attr('class', 'widget-note');
  const count = r.append('p').attr('class', 'tb-count').attr('aria-live', 'polite');
  const table = r.append('table').attr('class', 'tb-groups');
  const body = table.append('tbody');

  return {
    update(m, s) {
      text.set(s.text);
      d.set(s.d);
      heads.set(s.heads);
      layers.set(s.layers);
      read.text(
        `${m.chars.length} characters read, one row each (T = ${m.chars.length}); a seeded, untrained model of your sizes, the first block only.`,
      );
      const li = list
        .selectAll('li')
        .data(m.stages)
        .join((enter) => {
          const e = enter.append('li');
          e.append('span').attr('class', 'tb-name');
          e.append('code').attr('class', 'tb-formula');
          e.append('span').attr('class', 'tb-shape');
          e.append('span').attr('class', 'tb-stats');
          return e;
        });
      li.select('.tb-name').text((st) => st.name);
      li.select('.tb-formula').text((st) => st.formula);
      li.select('.tb-shape').text((st) => shapeText(st));
      li.select('.tb-stats').text((st) => statsText(st));
      agree.text(
        `Computed op by op, the output agrees with the engine's own transformerBlock to ${m.agreement === 0 ? 'the last bit' : m.agreement.toExponential(1)}.`,
      );
      count.text(`${countText(m)}.`);
      body
        .selectAll('tr')
        .data(m.groups)
        .join((enter) => {
          const row = enter.append('tr');
          row.append('th').attr('scope', 'row');
          row.append('td');
          return row;
        })
        .call((row) => {
          row.select('th').text((g) => g.name);
          row.select('td').text((g) => g.count.toLocaleString('en'));
        });
    },
  };
}
