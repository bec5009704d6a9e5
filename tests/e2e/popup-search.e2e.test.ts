import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';

const ext = useExtension();

const KHAMENEI_ON_SANCTIONS = [
  'kh-03-common-sanctions',
  'kh-04-defeat-sanctions',
  'kh-05-sanctions-history',
  'kh-06-progress-under-sanctions',
  'kh-07-sanctioned-capacity',
];
const resultIds = (page: Page) =>
  page
    .locator('[role="feed"] [data-statement-id]')
    .evaluateAll((a) => a.map((e) => e.getAttribute('data-statement-id')));

test('typing تحریم in the popup shows Khamenei’s statement on sanctions, verbatim and right-to-left', async () => {
  const page = await ext.browser.openExtensionPage('popup.html');
  await page.getByRole('searchbox').fill('تحریم');
  const card = page.locator('[data-statement-id="kh-04-defeat-sanctions"]');
  await expect.poll(() => card.count()).toBe(1);
  const quote = card.locator('blockquote');
  expect(await quote.getAttribute('lang')).toBe('fa');
  expect(await quote.getAttribute('dir')).toBe('rtl');
  expect(await quote.textContent()).toBe(
    'کشورهایی که مورد تحریم آمریکا قرار گرفتهاند باید با همکاری یکدیگر و با تشکیل یک مجموعه مشترک، حربه تحریم را از بین ببرند و ما معتقدیم این کار شدنی است.',
  );
  expect(await card.locator('.statement__speaker').textContent()).toMatch(/Khamenei|خامنه|Хаменеи/);
  expect(await card.locator('.statement__kind').textContent()).toMatch(/Direct|مستقیم|Прямая/);
  // The matched word is highlighted, and only words the query matched.
  const marks = await quote.locator('mark').allTextContents();
  expect(marks).toEqual(['تحریم', 'تحریم']);
  await page.close();
});

describe.each([
  ['Persian', 'تحریم'],
  ['English', 'sanctions'],
  ['Russian', 'санкции'],
])('a %s query (%s)', (_, query) => {
  test('finds Khamenei’s statements on sanctions', async () => {
    const page = await ext.browser.openExtensionPage('popup.html');
    await page.getByRole('searchbox').fill(query);
    await expect.poll(() => resultIds(page)).toEqual(expect.arrayContaining(KHAMENEI_ON_SANCTIONS));
    // Nothing unrelated: every result is about sanctions.
    const ids = await resultIds(page);
    expect(ids.every((id) => /sanction/.test(id ?? ''))).toBe(true);
    await page.close();
  });
});

test('the filters narrow the results to Khamenei’s own words', async () => {
  const page = await ext.browser.openExtensionPage('popup.html');
  await page.getByRole('searchbox').fill('sanctions');
  await page.getByLabel('Speaker').selectOption('ali-khamenei');
  await page.getByLabel('Kind').selectOption('direct');
  await expect
    .poll(() => resultIds(page))
    .toEqual(expect.arrayContaining(['kh-04-defeat-sanctions', 'kh-06-progress-under-sanctions']));
  expect(await resultIds(page)).not.toContain('kh-03-common-sanctions');
  expect(await resultIds(page)).not.toContain('lu-03-sanctions-opportunity');
  await page.close();
});

test('an empty box shows the meeting at a glance, and a topic chip filters the statements', async () => {
  const page = await ext.browser.openExtensionPage('popup.html');
  const glance = page.getByRole('region', { name: 'The meeting at a glance' });
  expect(await glance.textContent()).toContain('Tehran');
  expect(await glance.textContent()).toContain('13 March 2023');
  expect(await glance.textContent()).toContain('۱۴۰۱');
  await glance.getByRole('button', { name: 'Spirituality' }).click();
  await expect
    .poll(() => resultIds(page))
    .toEqual(['kh-11-world-needs-spirituality', 'kh-12-spirituality-driving-force']);
  await page.close();
});

test('the keyboard moves through results, Enter shows details and C copies with citation', async () => {
  const page = await ext.browser.openExtensionPage('popup.html');
  await page.getByRole('searchbox').fill('تحریم');
  await expect.poll(() => resultIds(page)).toContain('kh-04-defeat-sanctions');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-statement-id'));
  const second = (await resultIds(page))[1];
  expect(await focused()).toBe(second);
  await page.keyboard.press('Enter');
  const card = page.locator(`[data-statement-id="${second}"]`);
  expect(await card.locator('.statement__toggle').getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('c');
  await expect.poll(() => card.locator('.statement__copy').textContent()).toBe('Copied');
  // What was copied: the quote with who said it and when (read back through the page's clipboard).
  const copied = await page.evaluate(() =>
    navigator.clipboard.readText().catch((e: Error) => `unreadable: ${e.message}`),
  );
  if (!copied.startsWith('unreadable')) {
    expect(copied).toContain('Ali Khamenei');
    expect(copied).toContain('13 March 2023');
  }
  await page.close();
});

test('the full search page opens with the query it was given (as the context menu does)', async () => {
  const page = await ext.browser.openExtensionPage(`search.html?q=${encodeURIComponent('санкции')}`);
  expect(await page.getByRole('searchbox').inputValue()).toBe('санкции');
  await expect.poll(() => resultIds(page)).toEqual(expect.arrayContaining(KHAMENEI_ON_SANCTIONS));
  await page.close();
});
