/** The options page: every choice is stored, survives a reload, and reaches the other pages. */
import { expect, test } from 'vitest';
import { useExtension } from './fixture.ts';

const ext = useExtension();

test('settings survive a reload of the options page', async () => {
  const page = await ext.browser.openExtensionPage('options.html');
  await page.getByRole('radio', { name: 'Names only' }).check();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('checkbox', { name: /Tasnim News/ }).uncheck();
  await page.getByRole('slider', { name: 'Delay before the card opens' }).fill('800');
  await expect.poll(() => page.locator('.options__status').textContent()).toBe('Saved.');
  // The interface language last: the page re-renders in Persian.
  await page.getByLabel('Interface language').selectOption('fa');
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');

  await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await page.getByRole('radio', { name: 'فقط نام‌ها' }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: 'تیره' }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: /Tasnim News/ }).isChecked()).toBe(false);
  expect(await page.locator('#hover-delay').inputValue()).toBe('800');
  expect(await page.locator('[data-list="disabled"]').textContent()).toContain('tasnimnews.com');
  // Dark theme really applies.
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(23, 24, 28)');
  await page.close();

  // The popup follows the chosen language, mirrored.
  const popup = await ext.browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await popup.getByRole('searchbox').getAttribute('placeholder')).toContain('جست‌وجو');
  await popup.close();
});

test('a site turned off in the options page can be turned back on', async () => {
  const page = await ext.browser.openExtensionPage('options.html');
  await page.evaluate(() => document.documentElement.lang);
  const box = page.locator('input[type=checkbox]').first();
  const wasOn = await box.isChecked();
  await box.setChecked(!wasOn);
  await page.reload();
  expect(await page.locator('input[type=checkbox]').first().isChecked()).toBe(!wasOn);
  await page.locator('input[type=checkbox]').first().setChecked(wasOn);
  await page.reload();
  expect(await page.locator('input[type=checkbox]').first().isChecked()).toBe(wasOn);
  await page.close();
});
