// The assignment builder in the page: reads the form, validates it, and writes the link. Settings are
// named as the figures' controls name them, and a lock that contradicts a chosen exercise is warned about.
import {
  type Assignment,
  type AssignmentMode,
  encodeAssignment,
  type FigurePreset,
  MAX_ATTEMPT_LIMIT,
  presetsFromFigureLink,
  VARIANT_SCHEME,
} from '../../../lib/progress/assignmentLink.ts';
import { withBase } from '../../../lib/paths.ts';
import { type ChosenExercise, lockConflicts } from '../../classroom/lockConflicts.ts';

/** URL-safe random text for the assignment's id suffix and checksum salt (not reproducible on purpose). */
function randomText(bytes: number): string {
  const b = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...b))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function idFrom(title: string, suffix: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);
  return `${slug || 'assignment'}-${suffix}`;
}

export function setupBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-builder]');
  if (!form) return;
  const figures = JSON.parse(form.dataset.figures ?? '{}') as Record<string, string[]>;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<
    string,
    Record<string, Record<string, string>>
  >;
  const needs = JSON.parse(form.dataset.needs ?? '[]') as ChosenExercise[];
  const labelOf = (chapter: string, fid: string, key: string) => labels[chapter]?.[fid]?.[key] ?? key;
  const warnings = form.querySelector<HTMLElement>('[data-builder-warnings]')!;
  // One id and salt per builder visit: making the link again after an edit keeps the same assignment.
  const suffix = randomText(3)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x');
  const salt = randomText(12);
  const chosen = () =>
    [...form.querySelectorAll<HTMLInputElement>('[data-exercise]:checked')].map((b) => b.value);
  const warn = () => {
    const keys = new Set(chosen());
    const found = lockConflicts(
      presets,
      needs.filter((n) => keys.has(n.key)),
      labelOf,
    );
    warnings.textContent = found.length > 0 ? `Check the locks: ${found.join(' ')}` : '';
    warnings.dataset.tone = 'bad';
  };
  form.addEventListener('change', warn);
  const status = form.querySelector<HTMLElement>('[data-builder-status]')!;
  const list = form.querySelector<HTMLUListElement>('[data-presets]')!;
  const linkInput = form.querySelector<HTMLInputElement>('[data-preset-link]')!;
  const output = form.querySelector<HTMLElement>('[data-output]')!;
  const presets: FigurePreset[] = [];
  const say = (text: string, tone: 'ok' | 'bad') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  const drawPresets = () => {
    list.replaceChildren();
    presets.forEach((p, i) => {
      const li = document.createElement('li');
      const group = document.createElement('fieldset');
      group.className = 'builder-group';
      const legend = document.createElement('legend');
      legend.textContent = `Figure "${p.fid}" in chapter "${p.chapter}"`;
      const keys = document.createElement('div');
      keys.className = 'preset-keys';
      for (const [k, v] of Object.entries(p.state)) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = p.locked.includes(k);
        box.addEventListener('change', () => {
          p.locked = box.checked ? [...p.locked, k] : p.locked.filter((x) => x !== k);
          warn();
        });
        label.append(box, ` lock ${labelOf(p.chapter, p.fid, k)} = "${v}"`);
        keys.append(label);
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove these settings';
      remove.addEventListener('click', () => {
        presets.splice(i, 1);
        drawPresets();
        warn();
        say('Settings removed.', 'ok');
      });
      group.append(legend, keys, remove);
      li.append(group);
      list.append(li);
    });
  };

  form.querySelector('[data-add-preset]')?.addEventListener('click', () => {
    const parsed = presetsFromFigureLink(linkInput.value);
    if (!parsed.ok) {
      say(`Those settings cannot be used: ${parsed.error}.`, 'bad');
      return;
    }
    for (const found of parsed.value) {
      if (!figures[found.chapter]?.includes(found.fid)) {
        say(`Those settings cannot be used: chapter "${found.chapter}" has no figure "${found.fid}".`, 'bad');
        return;
      }
    }
    for (const found of parsed.value) {
      const at = presets.findIndex((p) => p.chapter === found.chapter && p.fid === found.fid);
      const preset = { ...found, locked: [] };
      if (at >= 0) presets[at] = preset;
      else presets.push(preset);
    }
    linkInput.value = '';
    drawPresets();
    say(`Added settings for ${parsed.value.map((p) => `figure "${p.fid}"`).join(', ')}.`, 'ok');
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const exercises = chosen();
    if (exercises.length === 0) {
      output.hidden = true;
      say('Choose at least one exercise.', 'bad');
      return;
    }
    const title = form.querySelector<HTMLInputElement>('[data-title]')?.value.trim() || 'Assignment';
    const dueInput = form.querySelector<HTMLInputElement>('[data-due]')!;
    const attemptsInput = form.querySelector<HTMLInputElement>('[data-attempts]')!;
    // datetime-local is the instructor's own time zone; the link carries the instant in UTC.
    const due = dueInput.value === '' ? undefined : new Date(dueInput.value);
    if (due && Number.isNaN(due.getTime())) {
      output.hidden = true;
      say('The due date cannot be read; pick it again or leave it empty.', 'bad');
      return;
    }
    const maxAttempts = attemptsInput.value.trim() === '' ? undefined : Number(attemptsInput.value);
    if (
      maxAttempts !== undefined &&
      (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > MAX_ATTEMPT_LIMIT)
    ) {
      output.hidden = true;
      attemptsInput.setAttribute('aria-invalid', 'true');
      say(
        `Attempts allowed must be a whole number from 1 to ${MAX_ATTEMPT_LIMIT}, or empty for no limit.`,
        'bad',
      );
      return;
    }
    attemptsInput.removeAttribute('aria-invalid');
    const mode = (form.querySelector<HTMLInputElement>('[data-mode]:checked')?.value ??
      'practice') as AssignmentMode;
    const assignment: Assignment = {
      v: 1,
      title,
      exercises,
      presets,
      id: idFrom(title, suffix),
      salt,
      ...(due ? { due: due.toISOString() } : {}),
      ...(maxAttempts ? { maxAttempts } : {}),
      mode,
      ...(form.querySelector<HTMLInputElement>('[data-variants]')?.checked
        ? { variants: VARIANT_SCHEME }
        : {}),
    };
    const code = encodeAssignment(assignment);
    const link = new URL(withBase(`/assignment/?a=${code}`), location.origin).toString();
    form.querySelector<HTMLInputElement>('[data-link]')!.value = link;
    form.querySelector<HTMLAnchorElement>('[data-open]')!.href = withBase(`/assignment/?a=${code}`);
    form.querySelector<HTMLAnchorElement>('[data-worksheet]')!.href = withBase(
      `/assignment/worksheet/?a=${code}`,
    );
    form.querySelector<HTMLAnchorElement>('[data-key]')!.href = withBase(`/instructor/key/?a=${code}`);
    form.querySelector<HTMLAnchorElement>('[data-results]')!.href = withBase(
      `/instructor/results/?a=${code}`,
    );
    output.hidden = false;
    say(`Link made: ${exercises.length} exercise${exercises.length === 1 ? '' : 's'}.`, 'ok');
  });

  form.querySelector('[data-copy]')?.addEventListener('click', async () => {
    const input = form.querySelector<HTMLInputElement>('[data-link]')!;
    try {
      await navigator.clipboard.writeText(input.value);
      say('Link copied.', 'ok');
    } catch {
      input.select();
      say('Copy the selected link with Ctrl+C (⌘C on a Mac).', 'ok');
    }
  });
}
