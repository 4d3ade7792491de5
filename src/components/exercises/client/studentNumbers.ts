// In the page: whether an exercise shows the student their own numbers (an active assignment with
// variants assigns it), and if so draws them and writes them into the question's <Var> slots.
import { active, studentOf } from '../../classroom/client/classroom.ts';
import type { StudentVariant } from '../variants/studentVariant.ts';

export type StudentNumbers =
  | { state: 'book' }
  | { state: 'needs-student'; message: string }
  | { state: 'failed'; message: string }
  | { state: 'own'; variant: StudentVariant };

/** The numbers exercise `key` ("chapter/id") asks this student about; 'book' when the book's own apply. */
export async function studentNumbers(key: string, el: HTMLElement): Promise<StudentNumbers> {
  const a = active();
  if (!a?.assignment.variants || !a.assignment.exercises.includes(key)) return { state: 'book' };
  try {
    // Loaded only here: the engine and the models the answers need stay out of pages without variants.
    const [{ variantOf }, { studentVariant }, { loadBrownModel }] = await Promise.all([
      import('../variants/variants.ts'),
      import('../variants/studentVariant.ts'),
      import('../../../lib/text/brownModel.ts'),
    ]);
    const variant = variantOf(key);
    if (!variant) return { state: 'book' };
    const student = studentOf(a.id);
    if (!student)
      return {
        state: 'needs-student',
        message:
          'This assignment gives each student their own numbers: give your name or student ID on the assignment page first, then come back.',
      };
    const own = await studentVariant(variant, a.id, student, { corpus: () => loadBrownModel() });
    for (const [name, text] of Object.entries(own.fields))
      for (const slot of el.querySelectorAll<HTMLElement>(`[data-var="${CSS.escape(name)}"]`)) {
        slot.textContent = text;
        slot.dataset.own = '1';
      }
    el.dataset.variant = own.described;
    return { state: 'own', variant: own };
  } catch (error) {
    console.warn(`Exercise "${key}": your own numbers could not be drawn:`, error);
    return {
      state: 'failed',
      message:
        'Your own numbers for this exercise could not be worked out (part of the page may not have loaded); reload the page to try again.',
    };
  }
}
