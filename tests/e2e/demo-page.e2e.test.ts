/**
 * `npm run dev` opens the demo page (demo/index.html, served on 127.0.0.1 by scripts/dev.ts) in a browser with
 * the extension: the page a newcomer sees first must show marks in all three languages and open a card.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';
import { cardState, markCenter, markedTexts, waitForScan } from './onpage-helpers.ts';

const ext = useExtension({ pages: join(ROOT, 'demo') });

test('the demo page is marked in English, Persian and Russian, and hovering a name opens its card', async () => {
  const page = await ext.browser.context.newPage();
  await page.goto(ext.server.url('/index.html'));
  await waitForScan(page);
  // Every mention, painted or quiet (the default paints first mentions only). A name may run across a line
  // break in the page's source; compare with white space collapsed.
  const people = (await markedTexts(page)).map((t) => t.replace(/\s+/g, ' '));
  expect(people).toEqual(
    expect.arrayContaining([
      'Alexander Lukashenko',
      'Ayatollah Ali Khamenei',
      'Ebrahim Raisi',
      'Lukashenka',
      'آیت‌الله خامنه‌ای',
      'الکساندر لوکاشنکو',
      'Александр Лукашенко',
      'аятоллой Али Хаменеи', // the instrumental case of «аятолла», across a line break
    ]),
  );
  expect(people).toEqual(expect.arrayContaining(['sanctions', 'санкции']));

  const at = await markCenter(page, 'Alexander Lukashenko');
  await page.mouse.move(at.x - 3, at.y);
  await page.mouse.move(at.x, at.y, { steps: 2 });
  await expect.poll(async () => (await cardState(page))?.quotes.length ?? 0).toBeGreaterThan(0);
  const card = await cardState(page);
  // His own words, verbatim from the source.
  expect(card?.quotes).toContain(
    'من به ایران آمدهام تا اطمینان خاطر بدهم که برای گشودن صفحه جدیدی در روابط دو کشور مصمم هستم و با همکاری و اراده رئیس جمهور ایران همه توافقات را با پیگیری ویژه و زمانبندی مشخص، اجرایی خواهیم کرد.',
  );
  await page.close();
});
