// The answer key with per-student numbers: says which answers vary, and for a pasted class list computes
// each student's numbers and answer under each exercise that varies, as their own page does.
import { cleanStudent } from '../../../lib/classroom/activeAssignment.ts';
import { ASSIGNMENT_PARAM, assignmentIdOf, decodeAssignment } from '../../../lib/progress/assignmentLink.ts';
import { loadBrownModel } from '../../../lib/text/brownModel.ts';
import { showNumber } from '../numberInput.ts';

export function setupKeyVariants(): void {
  const parsed = decodeAssignment(new URLSearchParams(location.search).get(ASSIGNMENT_PARAM));
  if (!parsed.ok || !parsed.value.variants) return;
  const a = parsed.value;
  const id = assignmentIdOf(a);
  const roster = document.querySelector<HTMLElement>('[data-roster]');
  const input = document.querySelector<HTMLTextAreaElement>('[data-roster-input]');
  const status = document.querySelector<HTMLElement>('[data-roster-status]');
  if (!roster || !input || !status) return;
  roster.hidden = false;
  for (const p of document.querySelectorAll<HTMLElement>('[data-key-varies]')) {
    p.hidden = false;
    // The fixed answer above it is the book's own; with variants it is only the example.
    const fixed = p.parentElement?.querySelector<HTMLElement>('[data-key-answer]');
    if (fixed) fixed.hidden = true;
  }
  document.querySelector('[data-roster-show]')?.addEventListener('click', async () => {
    const students = [...new Set(input.value.split('\n').map(cleanStudent).filter(Boolean))];
    if (students.length === 0) {
      status.textContent = 'Paste at least one name or student ID, one a line.';
      return;
    }
    status.textContent = 'Working out each student’s numbers…';
    const [{ variantOf }, { studentVariant }] = await Promise.all([
      import('../variants/variants.ts'),
      import('../variants/studentVariant.ts'),
    ]);
    try {
      for (const li of document.querySelectorAll<HTMLLIElement>('[data-exercise-list] > li[data-key]')) {
        const box = li.querySelector<HTMLElement>('[data-roster-answers]');
        const variant = variantOf(li.dataset.key ?? '');
        if (!box || !variant) continue;
        const table = document.createElement('table');
        const head = table.createTHead().insertRow();
        for (const h of ['Student', 'Their numbers', 'Answer']) {
          const th = document.createElement('th');
          th.scope = 'col';
          th.textContent = h;
          head.append(th);
        }
        const body = table.createTBody();
        for (const s of students) {
          const own = await studentVariant(variant, id, s, { corpus: () => loadBrownModel() });
          const row = body.insertRow();
          row.dataset.student = s;
          const th = document.createElement('th');
          th.scope = 'row';
          th.textContent = s;
          row.append(th);
          row.insertCell().textContent = own.described;
          row.insertCell().textContent = showNumber(own.answer, 6);
        }
        box.replaceChildren(table);
        box.hidden = false;
      }
      status.textContent = `Listed the answers of ${students.length} student${students.length === 1 ? '' : 's'}.`;
    } catch (error) {
      console.warn('Per-student answers could not be computed:', error);
      status.textContent = 'The answers could not be computed (the corpus may not have loaded); try again.';
    }
  });
}
