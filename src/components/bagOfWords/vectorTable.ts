// The two count vectors side by side (D3): one table row per feature, each count written as a number
// with a bar beside it, so the comparison reads without colour. Groups (words, bigrams) get their own body.
import { type Selection, select } from 'd3-selection';
import type { Comparison, FeatureGroup, FeatureRow } from './compare.ts';
import { countWidth, emptyGroupText, groupNote, int, vocabularyTitle } from './format.ts';

const SIDES = ['a', 'b'] as const;

export function vectorTable(
  parent: Selection<HTMLDivElement, unknown, null, undefined>,
  featureLabel: string,
) {
  const table = parent.append('table').attr('class', 'bow-table');
  const title = table.append('caption').attr('class', 'bow-vectors-title');
  const head = table.append('thead').append('tr');
  head.append('th').attr('scope', 'col').text(featureLabel);
  for (const side of ['A', 'B']) {
    const th = head.append('th').attr('scope', 'col');
    // On a phone the column says only "A"; a screen reader still hears "Sentence A".
    th.append('span').attr('class', 'bow-col-word').text('Sentence ');
    th.append('span').text(side);
  }

  return {
    update(c: Comparison) {
      title.text(vocabularyTitle(c.groups));
      const several = c.groups.length > 1;
      table
        .selectAll<HTMLTableSectionElement, FeatureGroup>('tbody')
        .data(c.groups, (g) => g.kind)
        .join('tbody')
        .attr('class', (g) => `bow-group bow-group-${g.kind}`)
        .each(function (g) {
          const body = select(this);
          body
            .selectAll('tr.bow-group-head')
            .data(several ? [g] : [])
            .join((enter) => {
              const tr = enter.insert('tr', ':first-child').attr('class', 'bow-group-head');
              tr.append('th').attr('colspan', 3).attr('scope', 'colgroup');
              return tr;
            })
            .select('th')
            .text((d) => `${d.kind === 'word' ? 'Words' : 'Bigrams (adjacent pairs)'}: ${int(d.total)}`);
          const rows = body
            .selectAll<HTMLTableRowElement, FeatureRow>('tr.bow-row')
            .data(g.rows, (r) => r.feature)
            .join((enter) => {
              const tr = enter.append('tr').attr('class', 'bow-row');
              tr.append('th').attr('scope', 'row').attr('class', 'bow-feature');
              for (const side of SIDES) {
                const td = tr.append('td').attr('class', `bow-cell bow-cell-${side}`);
                td.append('span').attr('class', 'bow-n');
                td.append('span').attr('class', 'bow-track').append('span').attr('class', 'bow-fill');
              }
              return tr;
            })
            .classed('bow-differs', (r) => r.a !== r.b);
          rows.order();
          rows.select('.bow-feature').text((r) => r.feature);
          for (const side of SIDES) {
            const cell = rows.select(`.bow-cell-${side}`);
            cell.select('.bow-n').text((r) => int(r[side]));
            cell.select('.bow-fill').style('width', (r) => countWidth(r[side], c.maxCount));
          }
          const notes = [g.total === 0 ? emptyGroupText(g.kind) : groupNote(g)].filter(Boolean) as string[];
          body
            .selectAll('tr.bow-note-row')
            .data(notes)
            .join((enter) => {
              const tr = enter.append('tr').attr('class', 'bow-note-row');
              tr.append('td').attr('colspan', 3);
              return tr;
            })
            .raise()
            .select('td')
            .text((n) => n);
        });
    },
  };
}
