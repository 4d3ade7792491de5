// The sentence a reader sees after checking an option: the book's verdict, then the option's own
// explanation. Authors often open an explanation with a verdict of their own ("Right: …", "Yes: …");
// said after the book's "Right." it doubles ("Right. Right: …"), so an agreeing verdict is dropped.

const RIGHT_VERDICT = /^(right|correct|yes|exactly|indeed)\s*[:.,!;—–-]\s*/i;
const WRONG_VERDICT = /^(no|not quite|not this one|wrong|incorrect)\s*[:.,!;—–-]\s*/i;

export interface ChoiceVerdict {
  /** Whether the chosen option is the right one. */
  right: boolean;
  /** A prediction ("Your prediction was right.") rather than a plain choice ("Right."). */
  predict: boolean;
  /** The option's own explanation, as written in <Choice feedback="…">. */
  feedback: string;
  /** Said first, e.g. "You chose this 3 Nov, 10:04." when the choice is restored from progress. */
  earlier?: string;
}

/** The verdict the author wrote at the start of `feedback`, if any. */
export function authorVerdict(feedback: string): 'right' | 'wrong' | undefined {
  const text = feedback.trim();
  if (RIGHT_VERDICT.test(text)) return 'right';
  if (WRONG_VERDICT.test(text)) return 'wrong';
  return undefined;
}

function withoutVerdict(feedback: string, right: boolean): string {
  const text = feedback.trim();
  const stripped = text.replace(right ? RIGHT_VERDICT : WRONG_VERDICT, '');
  if (stripped === text || stripped === '') return text;
  return stripped[0].toUpperCase() + stripped.slice(1);
}

export function choiceFeedback({ right, predict, feedback, earlier }: ChoiceVerdict): string {
  const lead = predict
    ? right
      ? 'Your prediction was right.'
      : 'Your prediction was not right.'
    : right
      ? 'Right.'
      : 'Not this one.';
  return [earlier, lead, withoutVerdict(feedback, right)]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
}
