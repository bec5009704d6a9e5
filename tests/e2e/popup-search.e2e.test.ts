import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Browser, launchWithExtension } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

test('typing تحریم in the popup shows Khamenei’s statement on sanctions, verbatim and right-to-left', async () => {
  const page = await browser.openExtensionPage('popup.html');
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
