// Chapter 1's two bag-of-words figures, driven as a reader would: typing, shuffling, toggling, bad input
// and links that carry a figure's state, checking that each shows what the prose claims.
import { expect, type Locator, type Page, test } from '@playwright/test';

const CHAPTER = '/chapters/bag-of-words/';
const BAD = /\b(NaN|Infinity|undefined)\b/;

async function openFigure(page: Page, id: string, query = ''): Promise<Locator> {
  await page.goto(CHAPTER + query);
  const figure = page.locator(`book-figure[fid="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure.locator('.figure-live');
}

/** The table's rows as [feature, count in A, count in B]. */
async function rows(live: Locator): Promise<string[][]> {
  return live
    .locator('tr.bow-row')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('.bow-feature')?.textContent ?? '',
        tr.querySelector('.bow-cell-a .bow-n')?.textContent ?? '',
        tr.querySelector('.bow-cell-b .bow-n')?.textContent ?? '',
      ]),
    );
}

const tokensOfLastStep = (live: Locator, sentence: number) =>
  live.locator('.bow-sentence').nth(sentence).locator('li').last().locator('.bow-token').allTextContents();

test.describe('Figure 1: bag of words', () => {
  test('"Dog bites man" and "Man bites dog" get the same vector and cosine exactly 1', async ({ page }) => {
    const live = await openFigure(page, 'bag-of-words');
    expect(await rows(live)).toEqual([
      ['dog', '1', '1'],
      ['bites', '1', '1'],
      ['man', '1', '1'],
    ]);
    await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
    await expect(live.locator('.bow-working')).toHaveText(
      'a·b = 3, ‖a‖ = √3, ‖b‖ = √3, so cos(a, b) = 3 / (√3 × √3) = 1',
    );
    // The trace shows lowercasing rather than hiding it.
    const steps = live.locator('.bow-sentence').first().locator('li');
    await expect(steps.nth(1)).toContainText('Lowercase');
    await expect(steps.nth(1).locator('.bow-text')).toHaveText('dog bites man');
  });

  test('shuffling moves the tokens but not a single count, and the seed travels in the link', async ({
    page,
  }) => {
    const live = await openFigure(page, 'bag-of-words');
    const shuffle = live.getByRole('button', { name: 'Shuffle the words' });
    await live.locator('#bag-of-words-a').fill('the cat sat on the mat and the dog sat too');
    const before = await rows(live);
    for (let i = 1; i <= 3; i++) {
      await shuffle.click();
      await expect(live.locator('.bow-status')).toHaveText(
        `Shuffled (seed ${i}). Word counts changed: 0, so the word vectors are exactly the same.`,
      );
      expect(await rows(live)).toEqual(before);
    }
    const last = live.locator('.bow-sentence').first().locator('li').last();
    await expect(last.locator('.bow-step-label')).toHaveText('Shuffle the words (seed 3)');
    const order = await tokensOfLastStep(live, 0);
    expect(order).not.toEqual('the cat sat on the mat and the dog sat too'.split(' '));
    expect([...order].sort()).toEqual('the cat sat on the mat and the dog sat too'.split(' ').sort());

    await expect(page).toHaveURL(/bag-of-words\.shuffle=3/);
    const again = await openFigure(page, 'bag-of-words', new URL(page.url()).search);
    expect(await tokensOfLastStep(again, 0)).toEqual(order);
    await expect(again.locator('#bag-of-words-a')).toHaveValue('the cat sat on the mat and the dog sat too');

    await again.getByRole('button', { name: 'Typed order' }).click();
    await expect(again.locator('.bow-status')).toHaveText('Words in the order typed.');
  });

  test('the tokeniser settings change the vectors: "Dog" is not "dog", "." can be a word', async ({
    page,
  }) => {
    const live = await openFigure(page, 'bag-of-words');
    await live.getByLabel('Lowercase').uncheck();
    expect((await rows(live)).map((r) => r[0])).toEqual(['Dog', 'bites', 'man', 'Man', 'dog']);
    await expect(live.locator('.bow-cos-value')).toHaveText('≈ 0.333');
    await live.getByLabel('Lowercase').check();
    await live.locator('#bag-of-words-a').fill('Dog bites man.');
    await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
    await live.getByLabel('Punctuation').selectOption('split');
    expect(await rows(live)).toContainEqual(['.', '1', '0']);
    await expect(live.locator('.bow-cos-value')).toHaveText('≈ 0.866');
  });

  test('exercise 1 checks out: "The cat sat on the mat" against "The dog sat on the log" is 0.75', async ({
    page,
  }) => {
    const live = await openFigure(page, 'bag-of-words');
    await live.locator('#bag-of-words-a').fill('The cat sat on the mat');
    await live.locator('#bag-of-words-b').fill('The dog sat on the log');
    await expect(live.locator('.bow-cos-value')).toHaveText('= 0.75');
    await expect(live.locator('.bow-working')).toContainText('a·b = 6, ‖a‖ = √8, ‖b‖ = √8');
  });

  test('the prose links put the figure into the states the text describes', async ({ page }) => {
    const live = await openFigure(page, 'bag-of-words');
    await page.getByRole('link', { name: 'lowercasing off' }).click();
    await expect(live.locator('.bow-cos-value')).toHaveText('≈ 0.333');
    await page.getByRole('link', { name: 'a pair of film reviews' }).click();
    await expect(live.locator('#bag-of-words-b')).toHaveValue('This film was not bad, it was good.');
    await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
    await page.getByRole('link', { name: 'a football sentence with a finance one' }).click();
    await expect(live.locator('.bow-cos-value')).toHaveText('≈ 0.167');
  });

  test('bad input gets a plain message, never NaN: empty, emoji, Greek, Japanese, 100 KB', async ({
    page,
  }) => {
    const figure = page.locator('book-figure[fid="bag-of-words"]');
    const live = await openFigure(page, 'bag-of-words');
    const a = live.locator('#bag-of-words-a');
    const big = Array.from({ length: 20000 }, (_, i) => `w${i}`).join(' ');
    expect(big.length).toBeGreaterThan(100_000);
    for (const text of ['', '😀🙈 😀', 'Ελληνικά λέξεις', '日本語のテキスト', '?!…', big]) {
      await a.fill(text);
      await expect(figure).toHaveAttribute('data-status', 'ready');
      expect((await live.textContent()) ?? '').not.toMatch(BAD);
    }
    await a.fill('');
    await expect(live.locator('.bow-sentence').first().locator('.widget-message')).toHaveText(
      'This sentence has no words to count.',
    );
    await expect(live.locator('.bow-cos-value')).toHaveText('has no value here');
    await expect(live.locator('.bow-cos-none')).toContainText('Sentence A has no words to count');

    await a.fill('😀🙈 😀');
    expect(await rows(live)).toContainEqual(['😀', '2', '0']);
    await a.fill('Ελληνικά λέξεις');
    expect((await rows(live)).map((r) => r[0])).toContain('ελληνικά');

    // The cut is what keeps a huge paste cheap; how long it took is printed, not asserted (machine-dependent).
    const start = Date.now();
    await a.fill(big);
    await expect(live.locator('.bow-cut')).toHaveText(
      'Only the first 2,000 characters of sentence A are counted (and kept in links).',
    );
    console.log(
      `chapter 1: a ${big.length.toLocaleString('en')}-character paste redrew in ${Date.now() - start} ms (printed, not asserted)`,
    );
    expect(await live.locator('tr.bow-row').count()).toBe(20);
    await expect(live.locator('.bow-note-row')).toContainText(
      /Showing the 20 most frequent of [\d,]+ words\./,
    );
    await expect(live.locator('.bow-more').first()).toContainText('more');
  });
});

test.describe('Figure 2: bigrams', () => {
  test('bigrams tell the pair apart: 3 words + 4 bigrams, cosine 1 falls to 0.6', async ({ page }) => {
    const live = await openFigure(page, 'bow-bigrams');
    const sizes = live.locator('.bow-sizes tbody tr');
    await expect(sizes.nth(0)).toHaveText(['Words only', '3', '= 1'].join(''));
    await expect(sizes.nth(1)).toHaveText(['Words + bigrams', '3 + 4 = 7', '= 0.6'].join(''));
    expect(await rows(live)).toEqual([
      ['dog', '1', '1'],
      ['bites', '1', '1'],
      ['man', '1', '1'],
      ['dog bites', '1', '0'],
      ['bites man', '1', '0'],
      ['man bites', '0', '1'],
      ['bites dog', '0', '1'],
    ]);
    await expect(live.locator('.bow-cos-value')).toHaveText('= 0.6');
    await expect(live.locator('.bow-pair-line').first()).toHaveText('Pairs in A: dog bitesbites man');
  });

  test('the toggle hides the bigram rows and the state survives a reload', async ({ page }) => {
    const live = await openFigure(page, 'bow-bigrams');
    await live.getByLabel('Show bigram features in the table').uncheck();
    await expect(live.locator('tbody.bow-group-bigram')).toHaveCount(0);
    await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
    await live.locator('#bow-bigrams-a').fill('The cat sat on the mat');
    await live.locator('#bow-bigrams-b').fill('The dog sat on the log');
    await expect(page).toHaveURL(/bow-bigrams\.bigrams=0/);
    await expect(page).toHaveURL(/bow-bigrams\.b=The\+dog/);

    const again = await openFigure(page, 'bow-bigrams', new URL(page.url()).search);
    await expect(again.getByLabel('Show bigram features in the table')).not.toBeChecked();
    await expect(again.locator('#bow-bigrams-a')).toHaveValue('The cat sat on the mat');
    // Exercise 2: 7 words and 8 bigrams; (6 + 2) / 13.
    await expect(again.locator('.bow-sizes tbody tr').nth(1)).toContainText('7 + 8 = 15');
    await expect(again.locator('.bow-sizes tbody tr').nth(1)).toContainText('≈ 0.615');
    await again.getByLabel('Show bigram features in the table').check();
    await expect(again.locator('tbody.bow-group-bigram tr.bow-row')).toHaveCount(8);
  });

  test('a shuffle leaves the word counts alone and moves the bigram counts', async ({ page }) => {
    const live = await openFigure(page, 'bow-bigrams');
    const fox = 'the quick brown fox jumps over the lazy dog';
    await live.locator('#bow-bigrams-a').fill(fox);
    await live.locator('#bow-bigrams-b').fill(fox);
    await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
    await live.getByRole('button', { name: 'Shuffle the words' }).click();
    await expect(live.locator('.bow-status')).toContainText('Word counts changed: 0');
    const moved = Number(
      (await live.locator('.bow-status').textContent())?.match(/Bigram counts changed: (\d+)/)?.[1],
    );
    expect(moved).toBeGreaterThan(0);
    await expect(live.locator('.bow-sizes tbody tr').nth(0)).toContainText('= 1');
    await expect(live.locator('.bow-sizes tbody tr').nth(1)).not.toContainText('= 1');
  });

  test('bad input: one word makes no pair, no words make no cosine, and nothing reads NaN', async ({
    page,
  }) => {
    const figure = page.locator('book-figure[fid="bow-bigrams"]');
    const live = await openFigure(page, 'bow-bigrams');
    const a = live.locator('#bow-bigrams-a');
    for (const text of ['', '🙈', 'Καλημέρα κόσμε', '今日は良い天気です', 'x '.repeat(60_000)]) {
      await a.fill(text);
      await expect(figure).toHaveAttribute('data-status', 'ready');
      expect((await live.textContent()) ?? '').not.toMatch(BAD);
    }
    await a.fill('dog');
    await expect(live.locator('.bow-pair-line').first()).toHaveText(
      'Pairs in A: none: one word makes no pair',
    );
    await a.fill('');
    await expect(live.locator('.bow-sizes tbody tr').nth(1)).toContainText('none (no words)');
    await expect(live.locator('.bow-cos-none')).toContainText('Sentence A has no words to count');
  });
});
