// The assignment builder in the page: reads the form, validates it, and writes the link.
import {
  type Assignment,
  encodeAssignment,
  type FigurePreset,
  presetsFromFigureLink,
} from '../../../lib/progress/assignmentLink.ts';
import { withBase } from '../../../lib/paths.ts';

export function setupBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-builder]');
  if (!form) return;
  const figures = JSON.parse(form.dataset.figures ?? '{}') as Record<string, string[]>;
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
        });
        label.append(box, ` lock ${k} = "${v}"`);
        keys.append(label);
      }
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Remove these settings';
      remove.addEventListener('click', () => {
        presets.splice(i, 1);
        drawPresets();
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
    const exercises = [...form.querySelectorAll<HTMLInputElement>('[data-exercise]:checked')].map(
      (b) => b.value,
    );
    if (exercises.length === 0) {
      output.hidden = true;
      say('Choose at least one exercise.', 'bad');
      return;
    }
    const title = form.querySelector<HTMLInputElement>('[data-title]')?.value.trim() || 'Assignment';
    const assignment: Assignment = { v: 1, title, exercises, presets };
    const code = encodeAssignment(assignment);
    const link = new URL(withBase(`/assignment/?a=${code}`), location.origin).toString();
    form.querySelector<HTMLInputElement>('[data-link]')!.value = link;
    form.querySelector<HTMLAnchorElement>('[data-open]')!.href = withBase(`/assignment/?a=${code}`);
    form.querySelector<HTMLAnchorElement>('[data-worksheet]')!.href = withBase(
      `/assignment/worksheet/?a=${code}`,
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
