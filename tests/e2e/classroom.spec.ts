// A class runs on the book: an instructor builds an assignment with a due date; three students work in
// their own browsers (one late, by a faked clock; one whose file is edited by hand; one who never answers
// an exercise) and export; the instructor loads all files, a zip and two junk files, and reads the table,
// the flags and a gradebook CSV whose numbers match what the students did.
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/progress/assignmentLink.ts';
import { zipFile } from './support/zipFile.ts';

const P_AMERICA = '#ex-p-america';
const ORDER = '#ex-order-matters';

async function buildAssignment(page: Page): Promise<string> {
  await page.goto('/instructor/assignment/');
  await page.getByLabel('Title').fill('Week 1 class');
  await page.locator('input[value="sequence-modeling/p-america"]').check();
  await page.locator('input[value="sequence-modeling/order-matters"]').check();
  await page.locator('input[value="bag-of-words/length-invariance"]').check();
  await page.getByLabel('Due date').fill('2026-12-01T12:00');
  await page.getByLabel('Attempts allowed per exercise').fill('3');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = new URL(await page.getByLabel('Assignment link').inputValue());
  return link.pathname + link.search;
}

/** With CLASSROOM_SHOTS=dir, full-page PNGs at 360 and 1280 px, light and dark, for a person to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.CLASSROOM_SHOTS;
  if (!dir) return;
  const size = page.viewportSize();
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${dir}/${name}-${width}-${colorScheme}.png`, fullPage: true });
    }
  }
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light' });
}

interface Work {
  name: string;
  /** Answers typed into the numeric exercise, in order. */
  numeric: string[];
  /** The option chosen in the choice exercise, if any. */
  choice?: string;
  /** A fake clock for the late student. */
  clock?: string;
}

async function student(browser: Browser, link: string, work: Work): Promise<Record<string, unknown>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (work.clock) await page.clock.install({ time: new Date(work.clock) });
  await page.goto(link);
  await expect(page.locator('[data-assignment-settings]')).toContainText('3 attempts');
  await page.getByLabel('Your name or student ID').fill(work.name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-student-name]')).toHaveText(work.name);

  await page.locator('[data-exercise-list] > li:visible').first().getByRole('link').click();
  await expect(page.locator('.assignment-banner')).toContainText('Week 1 class');
  for (const answer of work.numeric) {
    await page.locator(`${P_AMERICA} input[data-input]`).fill(answer);
    await page.locator(`${P_AMERICA} input[data-input]`).press('Enter');
    await expect(page.locator(`${P_AMERICA} [data-feedback]`)).toContainText(
      answer === '0.966' ? 'Right' : 'Not yet',
    );
  }
  // By the sidebar to another chapter and back: the assignment follows.
  await page.locator('.sidebar a[href$="/chapters/bag-of-words/"]').first().click();
  await expect(page).toHaveURL(/\/chapters\/bag-of-words\/$/);
  await expect(page.locator('.assignment-banner')).toContainText('Week 1 class');
  await expect(page.locator('#ex-length-invariance [data-assigned-mark]')).toBeVisible();
  await page.locator('.sidebar a[href$="/chapters/sequence-modeling/"]').first().click();
  await expect(page.locator('.assignment-banner')).toContainText('Week 1 class');
  if (work.choice) {
    await page.locator(ORDER).getByText(work.choice, { exact: true }).click();
    await page.locator(`${ORDER} button[data-check]`).click();
    await expect(page.locator(`${ORDER} [data-feedback]`)).not.toBeEmpty();
  }
  await page.locator('.assignment-banner a').click();
  if (work.clock) await shoot(page, 'student-view-late');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unrolled-week-1-class-[a-z0-9]+-[a-z]+\.json$/);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  await context.close();
  return json;
}

test('a class: build, three students, import with junk, table, flags and gradebook CSV', async ({
  page,
  browser,
}) => {
  const link = await buildAssignment(page);

  const [ada, bob, cy] = await Promise.all([
    // Ada never answers the choice exercise.
    student(browser, link, { name: 'Ada', numeric: ['0.5', '0.966'] }),
    // Bob works after the due date.
    student(browser, link, {
      name: 'Bob',
      numeric: ['0.966'],
      choice: 'Order matters',
      clock: '2026-12-03T09:00:00Z',
    }),
    // Cy answers wrong, then edits the file to say right.
    student(browser, link, { name: 'Cy', numeric: ['0.5'], choice: 'Variable length' }),
  ]);
  expect(ada).toMatchObject({ student: 'Ada', assignmentId: expect.stringMatching(/^week-1-class-/) });
  expect(ada.checksum).toMatch(/^[0-9a-f]{64}$/);
  const edited = structuredClone(cy) as {
    exercises: Record<string, { done: boolean; attempts: { outcome: string }[] }>;
  };
  edited.exercises['sequence-modeling/p-america'].attempts[0].outcome = 'correct';
  edited.exercises['sequence-modeling/p-america'].done = true;

  await page.goto(link.replace('/assignment/', '/instructor/results/'));
  await expect(page.locator('[data-assignment-about]')).toContainText('“Week 1 class”: 3 exercises');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await page.getByLabel('Files (.json, .csv, .zip)').setInputFiles([
    {
      name: 'class.zip',
      mimeType: 'application/zip',
      buffer: zipFile([
        { name: 'unrolled-ada.json', data: JSON.stringify(ada) },
        { name: 'unrolled-bob.json', data: JSON.stringify(bob) },
      ]),
    },
    { name: 'unrolled-cy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('see you on Monday') },
    { name: 'screenshot.json', mimeType: 'application/json', buffer: png },
  ]);
  await expect(page.locator('[data-load-status]')).toHaveText(
    '3 students loaded; 2 files skipped. Nothing was sent anywhere.',
  );
  await expect(page.locator('[data-skipped] li')).toHaveText([
    'notes.txt was skipped: the file is neither a JSON nor a CSV results file exported from this book.',
    'screenshot.json was skipped: it is a PNG image, not a results file.',
  ]);

  const rows = page.locator('[data-class-table] tbody tr');
  await expect(rows).toHaveCount(3);
  const row = (name: string) => page.locator(`[data-class-table] tbody tr[data-student="${name}"]`);
  // Columns in the builder's order: order-matters (Chapter 0, Exercise 1), p-america, length-invariance.
  await expect(row('Ada').locator('td')).toHaveText(['—', '✓ 2 tries', '—', '1', '—']);
  await expect(row('Bob').locator('td').nth(1)).toHaveText('✓ first try late');
  await expect(row('Bob').locator('td').nth(3)).toHaveText('2');
  await expect(row('Bob').locator('td[data-flags]')).toHaveAttribute('data-flags', 'late');
  await expect(row('Cy').locator('td').nth(0)).toHaveText('✗ 1 try');
  await expect(row('Cy').locator('td').nth(1)).toHaveText('✓ first try');
  await expect(row('Cy').locator('td[data-flags]')).toHaveAttribute('data-flags', 'edited');
  await expect(row('Cy').locator('td[data-flags]')).toContainText('checksum does not match');
  await expect(row('Ada').locator('td[data-flags]')).toHaveAttribute('data-flags', '');

  await shoot(page, 'class-table');

  // Sorted by score, highest first: Bob (2), then Ada and Cy (1) by name.
  await page.getByRole('button', { name: 'Score (of 3)' }).click();
  await expect(rows.locator('th')).toHaveText(['Bob', 'Ada', 'Cy']);

  const stats = page.locator('[data-exercise-stats] tbody tr');
  await expect(stats.nth(0).locator('td')).toHaveText(['33 %', '33 %', '“Variable length” ×1']);
  await expect(stats.nth(1).locator('td')).toHaveText(['100 %', '67 %', '“0.5” ×1']);
  await expect(page.locator('[data-chapter-stats] tbody tr').nth(0).locator('td')).toHaveText([
    '2',
    '1 of 3',
    '67 %',
  ]);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download gradebook CSV' }).click(),
  ]);
  const lines = readFileSync(await csv.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Student,Week 1 class: Chapter 0 Exercise 1 (sequence-modeling/order-matters) [1],Week 1 class: Chapter 0 Exercise 2 (sequence-modeling/p-america) [1],Week 1 class: Chapter 1 Exercise 3 (bag-of-words/length-invariance) [1],Week 1 class: Total [3]',
  );
  // One row per student in the order the files were read; the numbers are the table's.
  expect(lines.slice(1)).toEqual(['Ada,0,1,0,1', 'Bob,1,1,0,2', 'Cy,0,1,0,1']);

  await page.goto(link.replace('/assignment/', '/instructor/key/'));
  await expect(page.locator('[data-exercise-list] > li:visible')).toHaveCount(3);
  await expect(
    page.locator('[data-exercise-list] > li:visible').nth(1).locator('[data-key-answer]'),
  ).toContainText('counted from the Brown corpus');
  await shoot(page, 'answer-key');
});

test('graded mode records without right or wrong until finished; a link naming a lost exercise opens the rest', async ({
  page,
}) => {
  const code = encodeAssignment({
    v: 1,
    title: 'Graded week',
    exercises: ['sequence-modeling/p-america', 'sequence-modeling/renamed-long-ago'],
    presets: [],
    id: 'graded-week-abcd',
    salt: 'salt-salt-salt',
    maxAttempts: 2,
    mode: 'graded',
  });
  await page.goto(`/assignment/?a=${code}`);
  await expect(page.locator('[data-assignment-note]')).toContainText(
    '1 exercise in this link (sequence-modeling/renamed-long-ago) is no longer in the book',
  );
  await expect(page.locator('[data-exercise-list] > li:visible')).toHaveCount(1);
  await page.locator('[data-exercise-list] > li:visible').getByRole('link').click();
  const field = page.locator(`${P_AMERICA} input[data-input]`);
  // The check button is enabled once the exercise's script has wired it; Enter before that submits nothing.
  await expect(page.locator(`${P_AMERICA} button[data-check]`)).toBeEnabled();
  await field.fill('0.5');
  await field.press('Enter');
  await expect(page.locator(`${P_AMERICA} [data-feedback]`)).toContainText(
    'Recorded your answer 0.5 (attempt 1 of 2)',
  );
  await expect(page.locator(`${P_AMERICA} [data-feedback]`)).not.toContainText('Not yet');
  await field.fill('0.6');
  await field.press('Enter');
  await expect(page.locator(`${P_AMERICA} [data-feedback]`)).toContainText('attempt 2 of 2');
  // The limit reached, the field is read-only and a further check only says so.
  await expect(field).toHaveAttribute('readonly', '');
  await field.press('Enter');
  await expect(page.locator(`${P_AMERICA} [data-feedback]`)).toContainText('used the 2 attempts');
  await page.locator('.assignment-banner a').click();
  await page.getByRole('button', { name: 'Mark the assignment finished' }).click();
  await expect(page.locator('[data-finish-status]')).toContainText('You marked this assignment finished');
  await page.locator('[data-exercise-list] > li:visible').getByRole('link').click();
  await expect(page.locator(`${P_AMERICA} [data-feedback]`)).toContainText('not yet right');
  // Leaving the assignment: the chapter opens as usual, with no banner.
  await page.getByRole('button', { name: 'Leave assignment' }).click();
  await expect(page.locator('.assignment-banner')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.assignment-banner')).toHaveCount(0);
});

/** The sizes a variant exercise shows this student, once their own numbers are drawn. */
async function ownNumbers(page: Page, exercise: string, names: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of names) {
    const slot = page.locator(`${exercise} [data-var="${name}"]`).first();
    await expect(slot).toHaveAttribute('data-own', '1');
    out[name] = Number(await slot.textContent());
  }
  return out;
}

interface VariantWork {
  name: string;
  /** Answers to the RNN count: 'right' computes it from the student's own H and D. */
  rnn: string[];
  /** Whether the student answers the LSTM count (rightly, from their own sizes). */
  lstm: boolean;
  clock?: string;
}

async function variantStudent(browser: Browser, link: string, work: VariantWork) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (work.clock) await page.clock.install({ time: new Date(work.clock) });
  await page.goto(link);
  await expect(page.locator('[data-assignment-settings]')).toContainText('your own numbers');
  await page.getByLabel('Your name or student ID').fill(work.name);
  await page.getByRole('button', { name: 'Save' }).click();
  const items = page.locator('[data-exercise-list] > li:visible');
  await items.nth(0).getByRole('link').click();
  const RNN = '#ex-recurrent-params';
  const rnn = await ownNumbers(page, RNN, ['H', 'D']);
  const rnnAnswer = rnn.H * rnn.H + rnn.H * rnn.D + rnn.H;
  for (const typed of work.rnn) {
    const answer = typed === 'right' ? String(rnnAnswer) : typed;
    await page.locator(`${RNN} input[data-input]`).fill(answer);
    await page.locator(`${RNN} input[data-input]`).press('Enter');
    await expect(page.locator(`${RNN} [data-feedback]`)).toContainText(
      typed === 'right' ? `Right: ${rnnAnswer}` : 'Not yet',
    );
  }
  if (work.clock) await shoot(page, 'student-view-variants');
  await page.locator('.assignment-banner a').click();
  await items.nth(1).getByRole('link').click();
  const LSTM = '#ex-lstm-params';
  const lstm = await ownNumbers(page, LSTM, ['D', 'H']);
  const lstmAnswer = 4 * lstm.H * (lstm.H + lstm.D) + 4 * lstm.H;
  if (work.lstm) {
    await page.locator(`${LSTM} input[data-input]`).fill(String(lstmAnswer));
    await page.locator(`${LSTM} input[data-input]`).press('Enter');
    await expect(page.locator(`${LSTM} [data-feedback]`)).toContainText('Right');
  }
  await page.locator('.assignment-banner a').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  await context.close();
  return { json, rnn, rnnAnswer, lstmAnswer };
}

test('a class with per-student numbers: own sizes, answers recomputed and re-marked, CSV and key agree', async ({
  page,
  browser,
}) => {
  await page.goto('/instructor/assignment/');
  await page.getByLabel('Title').fill('Sizes week');
  await page.locator('input[value="rnns/recurrent-params"]').check();
  await page.locator('input[value="gates/lstm-params"]').check();
  await page.getByLabel('Due date').fill('2099-12-01T12:00');
  await page.getByLabel('Each student gets their own numbers').check();
  await page.getByRole('button', { name: 'Make the link' }).click();
  const made = new URL(await page.getByLabel('Assignment link').inputValue());
  const link = made.pathname + made.search;

  const [ada, bob, cy] = await Promise.all([
    // Ada never answers the LSTM count.
    variantStudent(browser, link, { name: 'Ada', rnn: ['right'], lstm: false }),
    // Bob works after the due date.
    variantStudent(browser, link, { name: 'Bob', rnn: ['right'], lstm: true, clock: '2100-01-05T09:00:00Z' }),
    // Cy answers 12 (below any count the sizes allow), then edits the file to say right.
    variantStudent(browser, link, { name: 'Cy', rnn: ['12'], lstm: true }),
  ]);
  // Students see their own numbers: not all three were given the same sizes.
  const sizes = new Set([ada, bob, cy].map((s) => `${s.rnn.H}×${s.rnn.D}`));
  expect(sizes.size).toBeGreaterThan(1);
  const edited = structuredClone(cy.json);
  edited.exercises['rnns/recurrent-params'].attempts[0].outcome = 'correct';
  edited.exercises['rnns/recurrent-params'].done = true;

  await page.goto(link.replace('/assignment/', '/instructor/results/'));
  await expect(page.locator('[data-assignment-about]')).toContainText('each student with their own numbers');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await page.getByLabel('Files (.json, .csv, .zip)').setInputFiles([
    { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ada.json)) },
    { name: 'bob.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bob.json)) },
    { name: 'cy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('see you on Monday') },
    { name: 'photo.json', mimeType: 'application/json', buffer: png },
  ]);
  await expect(page.locator('[data-load-status]')).toHaveText(
    '3 students loaded; 2 files skipped. Nothing was sent anywhere.',
  );
  await expect(page.locator('[data-skipped] li')).toHaveCount(2);
  const row = (name: string) => page.locator(`[data-class-table] tbody tr[data-student="${name}"]`);
  await expect(row('Ada').locator('td')).toHaveText(['✓ first try', '—', '1', '—']);
  await expect(row('Bob').locator('td')).toHaveText(['✓ first try late', '✓ first try late', '2', /late/]);
  await expect(row('Bob').locator('td[data-flags]')).toHaveAttribute('data-flags', 'late');
  // Cy's file says right; against Cy's own numbers it is not, and the file was edited.
  await expect(row('Cy').locator('td').nth(0)).toHaveText('✗ 1 try');
  await expect(row('Cy').locator('td[data-flags]')).toHaveAttribute('data-flags', 'edited remarked');
  // The expected answers the table used are each student's own.
  for (const [name, s] of [
    ['Ada', ada],
    ['Bob', bob],
    ['Cy', cy],
  ] as const) {
    await expect(row(name).locator('td').nth(0)).toHaveAttribute('data-expected', String(s.rnnAnswer));
    await expect(row(name).locator('td').nth(1)).toHaveAttribute('data-expected', String(s.lstmAnswer));
  }
  await shoot(page, 'class-table-variants');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download gradebook CSV' }).click(),
  ]);
  const lines = readFileSync(await csv.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(lines.slice(1)).toEqual(['Ada,1,0,1', 'Bob,1,1,2', 'Cy,0,1,1']);

  // The answer key: a procedure, not one number, and each student's answers from a pasted list.
  await page.goto(link.replace('/assignment/', '/instructor/key/'));
  const first = page.locator('[data-exercise-list] > li:visible').nth(0);
  await expect(first.locator('[data-key-varies]')).toContainText('Varies per student');
  await expect(first.locator('[data-key-varies]')).toContainText('H² + H·D + H');
  await page.getByLabel('Class list').fill('Ada\nBob\nCy');
  await page.getByRole('button', { name: 'Show each student' }).click();
  await expect(first.locator('tr[data-student="Bob"] td').nth(1)).toHaveText(String(bob.rnnAnswer));
  await expect(first.locator('tr[data-student="Cy"] td').nth(0)).toHaveText(
    `H = ${cy.rnn.H}, D = ${cy.rnn.D}`,
  );
  await shoot(page, 'answer-key-variants');
});
