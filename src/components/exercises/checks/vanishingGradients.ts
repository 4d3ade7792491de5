// Chapter 4's live check on the gradient-through-time figure (fid "gradient-flow"): the issue's own
// example of a widget-state task.
import { sci } from '../../ui/sci.ts';
import type { GradientFlowModel } from '../../models/gradientFlow.ts';
import type { CheckResult, FigureCheck } from './check.ts';

/** The task: at T = 30, at least this share of the last step's gradient reaches step 1 … */
export const KEEP_T = 30;
export const KEEP_AT_LEAST = 1e-3;
/** … and no more than this, or it has exploded instead. */
export const KEEP_AT_MOST = 1e3;

function flow(model: unknown): GradientFlowModel | undefined {
  const m = model as Partial<GradientFlowModel> | undefined;
  return Array.isArray(m?.ratio) && typeof m?.T === 'number' ? (m as GradientFlowModel) : undefined;
}

export const vanishingGradientsChecks = {
  'vanishing-gradients.keep-alive': (state, model): CheckResult => {
    const m = flow(model);
    if (!m) return { pass: false, message: 'The figure has not drawn yet.' };
    if (state.steps !== KEEP_T || m.T !== KEEP_T)
      return { pass: false, message: `Not yet: the length T is ${m.T}. Set it to ${KEEP_T} first.` };
    if (m.first === null)
      return {
        pass: false,
        message: 'Not yet: the numbers overflowed, so the gradient exploded. Lower the radius.',
      };
    if (m.first < KEEP_AT_LEAST)
      return {
        pass: false,
        message: `Not yet: only ${sci(m.first)} of the last step's gradient reaches step 1, below 10⁻³.`,
      };
    if (m.first > KEEP_AT_MOST)
      return {
        pass: false,
        message: `Not yet: ${sci(m.first)} times the last step's gradient reaches step 1: it has exploded. Lower the radius.`,
      };
    return {
      pass: true,
      message: `Done: at T = ${KEEP_T}, ${sci(m.first)} of the last step's gradient reaches step 1, with ${state.act} at radius ${Number(state.radius).toFixed(2)}.`,
    };
  },
} satisfies Record<string, FigureCheck>;
