/**
 * The development corpus (tests/corpus) in the browser: every page is opened in Chromium with the test build
 * and "every mention" set, and the content script must paint exactly what the CLI pipeline (`npm run scan`,
 * `npm run eval`) finds on it — the same texts in the same order, each in its kind's highlight. The accuracy of
 * those matches is what `npm run eval` measures; this test makes that figure hold for the extension too. The
 * sentences it links to statements (the quote highlight) must be the CLI's too, in the same order.
 * `.txt` pages are served in a `<pre>`, as for the baselines (see baselines-parity.e2e.test.ts).
 */
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHT } from '../../entrypoints/content/highlight-painter.ts';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';
import {
  CORPUS_DIR,
  corpusGoldFiles,
  loadBundle,
  pageFileOf,
  scanPageFile,
} from '../../scripts/eval/corpus.ts';
import { useExtension } from './fixture.ts';
import { asRead, readMarks, wrappedText } from './parity.ts';

const bundle = loadBundle();
const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
const linker = new QuoteLinker(bundle);
const pages = corpusGoldFiles()
  .map((gold) => pageFileOf(gold))
  .filter((p): p is string => p !== null)
  .map((file) => ({ file, path: `/${relative(CORPUS_DIR, file)}` }));
const urlPath = (p: { file: string; path: string }) =>
  p.file.endsWith('.txt') ? `/as-pre${p.path}.html` : p.path;

const ext = useExtension({
  pages: CORPUS_DIR,
  routes: Object.fromEntries(
    pages.filter((p) => p.file.endsWith('.txt')).map((p) => [urlPath(p), wrappedText(p.file)]),
  ),
  settings: { markMode: 'every' },
});

const styleOf = (kind: string) => (kind === 'topic' ? HIGHLIGHT.topic : HIGHLIGHT.person);

describe('the extension marks exactly what the CLI finds on the development corpus', () => {
  let page: Page;
  beforeAll(async () => {
    page = await ext.browser.context.newPage();
  });

  test('the corpus is there to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(200);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s', async (_name, p) => {
    await page.goto(ext.server.url(urlPath(p)));
    await page.waitForFunction(() => performance.getEntriesByName('inline-context:scan').length > 0, null, {
      timeout: 15_000,
    });
    // Linking follows the scan in the same pass; its measure appears on pages that name a meeting person.
    const cliScan = scanPageFile(p.file, spotter, linker);
    if (cliScan.quotes?.length)
      await page.waitForFunction(
        () => performance.getEntriesByName('inline-context:quotes').length > 0,
        null,
        {
          timeout: 15_000,
        },
      );
    const painted = await readMarks(page);
    const cli = cliScan.matches
      .slice()
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => ({ text: asRead(m.text), highlight: styleOf(m.kind) }));
    expect(painted.marks).toEqual(cli);
    // One highlight per sentence (a sentence reporting two statements is one range).
    const sentences = new Map((cliScan.quotes ?? []).map((q) => [q.start, asRead(q.text)] as const));
    expect(painted.quotes).toEqual([...sentences.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t));
  });
});
