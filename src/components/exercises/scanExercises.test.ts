// The exercise scanner: what the instructor's guide lists, and the build errors an author sees.
import { expect, test } from 'vitest';
import { questionHtml } from './questionHtml.ts';
import { scanExercises } from './scanExercises.ts';

const body = `
Some prose.

<NextWordFigure id="next-word">caption</NextWordFigure>

<NumericExercise id="p-a" objective="Read a probability off the figure." answer="x" tolerance="0.01">
What is $P(w)$, **exactly**?
</NumericExercise>

<ChoiceExercise id="order" objective='Tell order from content.'>
Which one?
<Choice correct feedback="Yes.">The *order*</Choice>
<Choice feedback="No.">The words</Choice>
</ChoiceExercise>

<WidgetExercise id="task" objective="Drive the figure into sparsity." figure="next-word" check="c" />
`;

test('finds every exercise with its kind, number, objective and figure', () => {
  const found = scanExercises(body, 'ch.mdx');
  expect(found.map(({ id, kind, n, figure }) => ({ id, kind, n, figure }))).toEqual([
    { id: 'p-a', kind: 'numeric', n: 1, figure: undefined },
    { id: 'order', kind: 'choice', n: 2, figure: undefined },
    { id: 'task', kind: 'widget', n: 3, figure: 'next-word' },
  ]);
  expect(found[1].objective).toBe('Tell order from content.');
});

test.each([
  ['<NumericExercise objective="Something long enough">x</NumericExercise>', 'needs an id'],
  [
    '<NumericExercise id="a" objective="Something long enough">x</NumericExercise><NumericExercise id="a" objective="Something long enough">y</NumericExercise>',
    'used twice',
  ],
  ['<NumericExercise id="a">x</NumericExercise>', 'needs an objective'],
  ['<WidgetExercise id="a" objective="Something long enough" />', 'needs figure'],
  [
    '<WidgetExercise id="a" objective="Something long enough" figure="nope" />',
    'not a figure in this chapter',
  ],
  ['<NumericExercise id="a" objective="Something long enough">x', 'never closed'],
])('a broken exercise fails the build with a clear message: %s', (src, message) => {
  expect(() => scanExercises(src, 'ch.mdx')).toThrow(message);
});

test('questionHtml renders the question with math and lists the choices', () => {
  const [, choice] = scanExercises(body, 'ch.mdx');
  const q = questionHtml(choice.source);
  expect(q.question).toBe('<p>Which one?</p>');
  expect(q.choices).toEqual(['The <em>order</em>', 'The words']);
  expect(questionHtml(scanExercises(body, 'ch.mdx')[0].source).question).toContain('class="katex"');
});

test('a bare attribute such as relative is read, so the answer key says "within 2 %"', () => {
  const [e] = scanExercises(
    '<NumericExercise id="r" objective="Read a number off the figure." answer="x" tolerance="0.02" relative digits="3">\nQ?\n</NumericExercise>\n',
    'ch.mdx',
  );
  expect(e.attrs).toMatchObject({ tolerance: '0.02', relative: '', digits: '3' });
  const [f] = scanExercises(
    '<NumericExercise id="a" objective="Read a number off the figure." answer="x" tolerance="0.5">\nQ?\n</NumericExercise>\n',
    'ch.mdx',
  );
  expect(f.attrs.relative).toBeUndefined();
});
