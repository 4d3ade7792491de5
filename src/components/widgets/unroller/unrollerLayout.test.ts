import { describe, expect, it } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { H } from '../../models/tinyRnn.ts';
import { unrollerModel } from './model.ts';
import { unrollerSchema } from './state.ts';
import { unrollerLayout } from './unrollerLayout.ts';

const base = defaults(unrollerSchema);

describe('unroller layout', () => {
  it('draws h₀ and then x_t and h_t only for the words read so far', () => {
    const m = unrollerModel({ ...base, step: 2 });
    const l = unrollerLayout(m);
    expect(l.cells).toHaveLength(m.words.length + 1);
    expect(l.cells[0]).toMatchObject({ word: 'h₀ = 0', hLabel: 'h₀', xLabel: null });
    expect(l.cells[0].h).toHaveLength(H);
    expect(l.cells.slice(1).map((c) => c.h.length > 0)).toEqual(m.words.map((_, i) => i < 2));
    expect(l.cells[2].className).toBe('ur-cell ur-selected');
    expect(l.cells[3].className).toBe('ur-cell ur-unread');
  });

  it('writes the latest step as an equation and a table of its terms, one row per hidden unit', () => {
    const l = unrollerLayout(unrollerModel({ ...base, step: 3 }));
    expect(l.equation).toMatch(/^Step 3, “.+”: h₃ = tanh\(W_hh h₂ \+ W_xh x₃ \+ b_h\)$/);
    expect(l.table?.rows).toHaveLength(H);
    expect(l.table?.columns[0]).toBe('unit j');
  });

  it('before any word there is no table, and an empty sentence says what to do', () => {
    expect(unrollerLayout(unrollerModel({ ...base, step: 0 })).table).toBeNull();
    const empty = unrollerLayout(unrollerModel({ ...base, sentence: '' }));
    expect(empty.message).toBe('Type a sentence with at least one word.');
    expect(empty.equation).toBe('');
  });
});
