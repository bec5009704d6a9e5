/**
 * Before/after screenshots of one article for docs/onpage.md: every mention painted (docs/calm-every.png) and the
 * default, first mentions (docs/calm-first.png). Not part of `npm test` (it rewrites files in docs/): run
 * `npm run screenshots`.
 */
import { join } from 'node:path';
import { test } from 'vitest';
import { useExtension } from '../e2e/fixture.ts';
import { ROOT } from '../e2e/harness.ts';
import { PAGES, waitForScan } from '../e2e/onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

for (const [mode, file] of [
  ['every', 'calm-every.png'],
  ['first', 'calm-first.png'],
] as const) {
  test(`screenshot of an article with "${mode}" marks`, async () => {
    await ext.browser.setSetting('markMode', mode);
    const page = await ext.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(ext.server.url('/en-calm-article.html'));
    await waitForScan(page);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ROOT, 'docs', file), fullPage: true });
    await page.close();
  });
}
