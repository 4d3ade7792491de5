// The shape of a live check on a figure: it reads the figure's state and the model it drew (the
// engine's or the corpus's result) and says whether the task is met, in words for the reader.
export interface CheckResult {
  pass: boolean;
  /** One sentence: what is met, or what is still missing. */
  message: string;
}

export type FigureCheck = (state: Readonly<Record<string, unknown>>, model: unknown) => CheckResult;
