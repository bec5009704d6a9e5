/**
 * A page longer than the quote linker reads whole (`READ_WHOLE_PAGE`, 200,000 characters): while a full pass
 * reads it, the content script drops the blocks that linking will not read (page-scanner.ts,
 * `KEEP_EVERY_BLOCK_CHARS`), so a long page keeps less alive. The sentences the extension links there must
 * still be exactly the CLI's, and the CLI keeps every block.
 */

import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { READ_WHOLE_PAGE } from '../../lib/quote/linker.ts';
import { LEXICONS, Spotter, scanHtml } from '../../lib/spot/index.ts';
import { loadBundle } from '../../scripts/eval/corpus.ts';
import { useExtension } from './fixture.ts';
import { PAGES } from './onpage-helpers.ts';
import { asRead, readMarks } from './parity.ts';

/** Paragraphs that name nothing of the meeting (written for this test). */
const FILLER = [
  'Rain is expected over the weekend, and the bakery on the corner will open an hour later than usual.',
  'The school choir rehearsed in the old hall, where the heating was repaired last winter.',
  'Cyclists asked for a wider lane on the bridge after the spring works narrowed it.',
];
const filler = (chars: number) => {
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    const p = `<p>${FILLER[i % FILLER.length]} ${FILLER[(i + 1) % FILLER.length]}</p>`;
    out.push(p);
    n += p.length;
  }
  return out.join('\n');
};

/** The quoting article with a long page's worth of other paragraphs before and after its own. */
const article = readFileSync(join(PAGES, 'en-quotes.html'), 'utf8');
const longPage = article
  .replace('<article>', `<article>\n${filler(READ_WHOLE_PAGE + 20_000)}`)
  // A paragraph naming nobody, right after one naming a person: linking reads it for "he added".
  .replace(
    '<p id="weather">',
    '<p id="added">He added that he had come to show he was determined to open a new page between the two countries.</p>\n<p id="weather">',
  )
  .replace('</article>', `${filler(60_000)}\n</article>`);

const ext = useExtension({
  pages: PAGES,
  routes: {
    '/long-quotes.html': (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(longPage);
    },
  },
  settings: { markMode: 'every' },
});

describe('a page longer than linking reads whole', () => {
  let cli: ReturnType<typeof scanHtml>;
  beforeAll(() => {
    const bundle = loadBundle();
    const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
    cli = scanHtml(longPage, (html) => parseHTML(html).document as unknown as Document, spotter, {
      linker: new QuoteLinker(bundle),
    });
  });

  test('the extension links the same sentences as the CLI', async () => {
    expect(cli.text.length).toBeGreaterThan(READ_WHOLE_PAGE + 50_000);
    const sentences = [...new Map((cli.quotes ?? []).map((q) => [q.start, asRead(q.text)] as const))]
      .sort((a, b) => a[0] - b[0])
      .map(([, t]) => t);
    expect(sentences.length).toBeGreaterThan(1);
    const page = await ext.browser.context.newPage();
    await page.goto(ext.server.url('/long-quotes.html'));
    await page.waitForFunction(() => performance.getEntriesByName('inline-context:quotes').length > 0, null, {
      timeout: 30_000,
    });
    expect((await readMarks(page)).quotes).toEqual(sentences);
    await page.close();
  });
});
