// The recorded accuracy table in the live view (D3 only): the same rows as the static frame, the cell being re-run marked.
import type { Selection } from 'd3-selection';
import type { TableRow } from './accuracyTable.ts';
import { LAGS, type Racer } from '../../models/raceRacers.ts';

export function accuracyTable(parent: Selection<HTMLElement, unknown, null, undefined>) {
  const t = parent.append('table').attr('class', 'rl-table');
  t.append('caption').text('Held-out accuracy of the recorded runs, by lag T');
  const head = t.append('thead').append('tr');
  head.append('th').attr('scope', 'col').text('Model');
  for (const lag of LAGS) head.append('th').attr('scope', 'col').text(`T = ${lag}`);
  const body = t.append('tbody');
  return {
    update(rows: TableRow[], racer: Racer, lag: number) {
      body.selectAll('tr').remove();
      for (const row of rows) {
        const tr = body.append('tr');
        const th = tr.append('th').attr('scope', 'row');
        th.append('span').text(row.name);
        th.append('small').text(row.size);
        for (const c of row.cells) {
          const here = row.racer === racer && c.lag === lag;
          tr.append('td')
            .classed('rl-here', here)
            .attr('aria-current', here ? 'true' : null)
            .text(c.text);
        }
      }
    },
  };
}
