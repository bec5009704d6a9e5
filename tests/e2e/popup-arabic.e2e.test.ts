/**
 * The Arabic interface in Chromium with the built extension: chosen in the options like a reader would, the
 * popup is mirrored, an Arabic query with a proclitic finds the statements, and each shows its Arabic
 * translation beside the Persian words, which stay Persian.
 */
import { expect, test } from 'vitest';
import bundleJson from '../../generated/bundle.json';
import type { Bundle } from '../../lib/data/types.ts';
import { MESSAGES } from '../../lib/i18n/strings.ts';
import { useExtension } from './fixture.ts';

const bundle = bundleJson as unknown as Bundle;
const SANCTIONS = bundle.statements.filter((s) => s.topics.includes('sanctions')).map((s) => s.id);

const ext = useExtension();

test('with the interface in Arabic, the popup is right-to-left, finds «والعقوبات» and shows the Arabic translation', async () => {
  const options = await ext.browser.openExtensionPage('options.html');
  await options.getByLabel('Interface language').selectOption('ar');
  await expect.poll(() => options.evaluate(() => document.documentElement.lang)).toBe('ar');
  await options.close();

  const page = await ext.browser.openExtensionPage('popup.html');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  const app = page.locator('.app--popup');
  expect(await app.getAttribute('lang')).toBe('ar');
  expect(await app.getAttribute('dir')).toBe('rtl');

  const box = page.getByRole('searchbox', { name: MESSAGES.ar.searchLabel });
  await box.fill('والعقوبات');
  const ids = () =>
    page
      .locator('[role="feed"] [data-statement-id]')
      .evaluateAll((a) => a.map((e) => e.getAttribute('data-statement-id')));
  await expect.poll(async () => new Set(await ids())).toEqual(new Set(SANCTIONS));

  const statement = bundle.statements.find((s) => s.id === 'kh-04-defeat-sanctions');
  const card = page.locator('[data-statement-id="kh-04-defeat-sanctions"]');
  expect(await card.locator('.statement__speaker').textContent()).toBe('علي خامنئي');
  expect(await card.locator('.statement__kind').textContent()).toBe(MESSAGES.ar.direct);

  // The Arabic translation, right-to-left, with the typed word highlighted in the forms the text uses.
  const translation = card.locator('.statement__translation');
  expect(await translation.getAttribute('lang')).toBe('ar');
  expect(await translation.getAttribute('dir')).toBe('rtl');
  expect(await translation.textContent()).toContain(statement?.ar);
  expect(await translation.locator('mark').allTextContents()).toEqual(['عقوبات', 'العقوبات']);

  // The Persian quote stays Persian, verbatim, and nothing in it was typed.
  const quote = card.locator('blockquote');
  expect(await quote.getAttribute('lang')).toBe('fa');
  expect(await quote.textContent()).toBe(statement?.fa);
  expect(await quote.locator('mark').count()).toBe(0);

  // Both dates in Arabic-Indic digits.
  const date = (await card.locator('.statement__date').textContent()) ?? '';
  expect(date).toContain('٢٠٢٣');
  expect(date).toContain('١٤٠١');
  expect(date).not.toMatch(/[0-9]/);

  // Really mirrored: the speaker, first in the header, is drawn to the right of the kind label.
  const speakerBox = await card.locator('.statement__speaker').boundingBox();
  const kindBox = await card.locator('.statement__kind').boundingBox();
  expect(speakerBox && kindBox && speakerBox.x > kindBox.x).toBe(true);
  await page.close();
});
