// One student's version of a variant exercise: their numbers, the question's words and the answer,
// computed from the assignment id and their identifier. The student's page, the answer key and the
// class table all call this, so they cannot disagree.
import { mulberry32, variantSeed } from './seed.ts';
import type { AnswerEnv, Params, Variant } from './variants.ts';

export interface StudentVariant {
  params: Params;
  fields: Record<string, string>;
  hint?: string;
  answer: number;
  /** The numbers in a few words, for the answer key and the class table. */
  described: string;
}

export async function studentVariant(
  variant: Variant,
  assignmentId: string,
  student: string,
  env: AnswerEnv,
): Promise<StudentVariant> {
  const params = variant.draw(mulberry32(variantSeed(assignmentId, student, variant.group)));
  const answer = await variant.answer(params, env);
  if (!Number.isFinite(answer)) throw new Error(`no finite answer for ${JSON.stringify(params)}`);
  return {
    params,
    fields: variant.fields(params),
    hint: variant.hint?.(params),
    answer,
    described: variant.describe(params),
  };
}
