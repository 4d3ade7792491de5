// The gradient-through-time figure's model: its settings, read by the shared gradientFlow computation.
import type { StateOf } from '../../figure/stateSchema.ts';
import { type GradientFlowModel, gradientFlow } from '../../models/gradientFlow.ts';
import type { GradientFlowSchema } from './state.ts';

export function gradientFlowModel(state: StateOf<GradientFlowSchema>): GradientFlowModel {
  return gradientFlow({ ...state, T: state.steps });
}
