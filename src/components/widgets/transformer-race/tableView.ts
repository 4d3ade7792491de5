// The recorded accuracy table in the live view (D3 only): the same rows as the static frame, the cell being re-run marked.
import type { Selection } from 'd3-selection';
import { type TableRow, columnHead, tableCaption } from './accuracyTable.ts';
import type { Racer, RaceTask } from '../../models/raceRacers.ts';

export function accuracyTable(parent: Selection<HTMLElement, unknown, null, undefined>) {
  const t = parent.append('table').attr('class', 'rl-table');
  const caption = t.append('caption');
  const head = t.append('thead').append('tr');
  const body = t.append('tbody');
  return {
    update(task: RaceTask, rows: TableRow[], racer: Racer, at: number) {
      caption.text(tableCaption(task));
      head.selectAll('th').remove();
      head.append('th').attr('scope', 'col').text('Model');
      for (const c of rows[0].cells) head.append('th').attr('scope', 'col').text(columnHead(task, c.at));
      body.selectAll('tr').remove();
      for (const row of rows) {
        const tr = body.append('tr');
        const th = tr.append('th').attr('scope', 'row');
        th.append('span').text(row.name);
        th.append('small').text(row.size);
        for (const c of row.cells) {
          const here = row.racer === racer && c.at === at;
          const td = tr
            .append('td')
            .classed('rl-here', here)
            .attr('aria-current', here ? 'true' : null)
            .text(c.text);
          if (c.note !== null) td.append('small').text(c.note);
        }
      }
    },
  };
}
