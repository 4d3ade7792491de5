// Generated lock test: for every figure on every built chapter page and every key of its schema, an
// assignment link locks the key at a value other than its default; the key's controls must be disabled
// and described by the lock note, and neither the controls, a prose link, nor reset may move it.
// The figures and keys are read from the build and from each <book-figure>'s schema, never listed here.
import { expect, type Page, test } from '@playwright/test';
import { encodeLiteral } from '../../src/components/figure/stateParams.ts';
import type { Field, Schema } from '../../src/components/figure/stateSchema.ts';
import { encodeAssignment, presetParams } from '../../src/lib/progress/assignmentLink.ts';
import { builtFigures } from './support/builtFigures.ts';
import { readyFigure } from './support/figures.ts';

type Value = string | number | boolean;

/** A value of the field that is not its default (and stays inside its bounds). */
function otherThanDefault(f: Field): Value {
  switch (f.kind) {
    case 'int':
    case 'float':
      return f.default === f.max ? f.min : f.max;
    case 'enum':
      return f.options.find((o) => o !== f.default) ?? f.default;
    case 'bool':
      return !f.default;
    case 'text':
      return [...(f.default === 'locked' ? 'held' : 'locked')].slice(0, f.maxLength).join('');
  }
}

/** A third value, different from the locked one, that a control or a link would try to set. */
function attempt(f: Field, locked: Value): Value {
  switch (f.kind) {
    case 'int':
    case 'float':
      return locked === f.min ? f.max : f.min;
    case 'enum':
      return f.options.find((o) => o !== locked) ?? f.default;
    case 'bool':
      return !locked;
    case 'text':
      return 'moved';
  }
}

const schemaOf = (page: Page, fid: string) =>
  page.evaluate(
    (f) =>
      (document.querySelector(`book-figure[fid="${f}"]`) as unknown as { schema?: Schema }).schema ?? null,
    fid,
  );

const stateOf = (page: Page, fid: string) =>
  page.evaluate(
    (f) => ({ ...(document.querySelector(`book-figure[fid="${f}"]`) as unknown as { state: object }).state }),
    fid,
  ) as Promise<Record<string, Value>>;

/** Runs `action` and waits for the figure's next redraw, so the state read afterwards is its answer. */
async function afterUpdate(page: Page, fid: string, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate((f) => {
    const el = document.querySelector(`book-figure[fid="${f}"]`) as HTMLElement;
    (window as unknown as { __updated: Promise<void> }).__updated = new Promise((resolve) =>
      el.addEventListener('figure:update', () => resolve(), { once: true }),
    );
  }, fid);
  await action();
  await page.evaluate(() => (window as unknown as { __updated: Promise<void> }).__updated);
}

const figures = builtFigures();

test('the built chapters have figures to lock', () => {
  expect(figures.length).toBeGreaterThan(10);
});

for (const chapter of [...new Set(figures.map((f) => f.chapter))]) {
  const fids = figures.filter((f) => f.chapter === chapter).map((f) => f.fid);
  // Two loads a chapter: one reads every figure's schema, then one assignment link locks every setting of every
  // figure at once (a load per figure made this spec one of the slowest; the figures' locks are independent).
  test(`${chapter}: every setting an assignment locks stays locked, in ${fids.join(', ')}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/chapters/${chapter}/`);
    const schemas = new Map<string, Schema | null>();
    for (const fid of fids) {
      await readyFigure(page, fid);
      schemas.set(fid, await schemaOf(page, fid));
    }
    const held = new Map<string, Record<string, Value>>();
    const presets = fids.map((fid) => {
      const schema = schemas.get(fid) ?? null;
      expect(schema, `${fid}: the <book-figure> element exposes its schema`).not.toBeNull();
      const keys = Object.keys(schema as Schema);
      const values = Object.fromEntries(keys.map((k) => [k, otherThanDefault((schema as Schema)[k])]));
      held.set(fid, values);
      return {
        chapter,
        fid,
        state: Object.fromEntries(keys.map((k) => [k, encodeLiteral(values[k])])),
        locked: keys,
      };
    });
    const assignment = { v: 1 as const, title: 'Lock test', exercises: [`${chapter}/lock-test`], presets };
    const params = new URLSearchParams([
      ['assignment', encodeAssignment(assignment)],
      ...presetParams(assignment, chapter),
    ]);
    await page.goto(`/chapters/${chapter}/?${params}`);
    for (const fid of fids)
      await test.step(fid, () =>
        checkLocks(page, fid, schemas.get(fid) as Schema, held.get(fid) as Record<string, Value>),
      );
  });
}

/** The figure's every setting is held at `held`: its controls, its prose links and its reset cannot move it. */
async function checkLocks(page: Page, fid: string, schema: Schema, held: Record<string, Value>) {
  const keys = Object.keys(schema);
  const figure = await readyFigure(page, fid);
  const note = page.locator(`#${fid}-lock-note`);
  await expect(note).toBeVisible();
  await expect.poll(() => stateOf(page, fid)).toMatchObject(held);

  for (const key of keys) {
    const controls = figure.locator(`.figure-live [data-state-key~="${key}"]`);
    const n = await controls.count();
    expect(n, `${fid}: setting "${key}" has a control`).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const c = controls.nth(i);
      await expect(c, `${fid}.${key} control ${i} is disabled`).toBeDisabled();
      await expect(c).toHaveAttribute('aria-describedby', `${fid}-lock-note`);
    }
    // The note names the setting as its control does, not by its key.
    const label = await controls.first().getAttribute('data-state-label');
    expect(label, `${fid}.${key} control has a label`).toBeTruthy();
    await expect(note).toContainText(label as string);

    // The controls: force a change through each one's own events, as a reader's input would send.
    const other = attempt(schema[key], held[key]);
    await afterUpdate(page, fid, () =>
      controls.evaluateAll((els, v) => {
        for (const el of els as HTMLInputElement[]) {
          if (el.type === 'checkbox') el.checked = Boolean(v);
          else if (el.type === 'radio') el.checked = el.value === String(v);
          else if (el.tagName !== 'BUTTON') el.value = String(v);
          for (const type of ['input', 'change', 'click'])
            el.dispatchEvent(new Event(type, { bubbles: true }));
        }
        // A control may send nothing for a value it cannot take; a redraw must still come to end the wait.
        (els[0].closest('book-figure') as unknown as { dispatch(p: object): void }).dispatch({});
      }, other),
    );
    expect((await stateOf(page, fid))[key], `${fid}.${key} after its controls were used`).toEqual(held[key]);

    // A prose link naming the key, if the chapter has one; otherwise the same call a link makes.
    const links = page.locator(`a[data-state-link="${fid}"]`);
    const naming = await links.evaluateAll(
      (els, k) => els.findIndex((a) => k in JSON.parse((a as HTMLElement).dataset.state ?? '{}')),
      key,
    );
    await afterUpdate(page, fid, () =>
      naming >= 0
        ? links.nth(naming).click()
        : page.evaluate(
            ([f, k, v]) =>
              (
                document.querySelector(`book-figure[fid="${f}"]`) as unknown as {
                  setState(p: object): void;
                }
              ).setState({ [k as string]: v }),
            [fid, key, other] as const,
          ),
    );
    expect((await stateOf(page, fid))[key], `${fid}.${key} after a prose link`).toEqual(held[key]);
  }

  await afterUpdate(page, fid, () => page.locator(`#${fid} [data-reset]`).click());
  expect(await stateOf(page, fid), `${fid} after reset`).toMatchObject(held);
  for (const key of keys)
    for (const c of await figure.locator(`.figure-live [data-state-key~="${key}"]`).all())
      await expect(c).toBeDisabled();
}
