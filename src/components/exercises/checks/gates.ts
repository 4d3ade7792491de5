// Chapter 5's live checks on the gate inspector (fid "gate-inspector").
import type { GateInspectorModel } from '../../widgets/gate-inspector/model.ts';
import type { CheckResult, FigureCheck } from './check.ts';

export const gatesChecks = {
  /** f pinned to 1 and i to 0: every unit's cell state is unchanged from the step before the pins. */
  'gates.carry': (state, model): CheckResult => {
    const m = model as Partial<GateInspectorModel> | undefined;
    if (typeof m?.drift !== 'number') return { pass: false, message: 'The figure has not drawn yet.' };
    if (!state.pinF || !state.pinI)
      return {
        pass: false,
        message: 'Not yet: pin both gates, the forget gate to 1 and the input gate to 0.',
      };
    if (m.drift !== 0) return { pass: false, message: 'Not yet: the cell state still changes.' };
    return {
      pass: true,
      message: `Done: from step ${state.pinFrom} on, every unit's C keeps the value it had at step ${Number(state.pinFrom) - 1}, exactly.`,
    };
  },
} satisfies Record<string, FigureCheck>;
