/**
 * Quote provenance in the browser: the sentences of a page that report the meeting's statements get the quiet
 * quote highlight (exactly the sentences `npm run scan` links on the same page), hovering or walking to one opens
 * the card's provenance mode with the statement's Persian words verbatim and what differs from the source, a
 * page about another year's talks shows none, and the popup lists the reported statements and jumps to them.
 * Fixture pages: en-quotes.html (2023, one quotation, one sentence misattributed to Raisi, one retold) and
 * en-other-year.html (2024, similar sentences about other talks), en-later-guest.html (May 2023, another visitor,
 * the March meeting recalled at the end), en-later-host.html (September 2023, Lukashenko in Sochi, Tehran recalled
 * once the page names Khamenei).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { QUOTE_HIGHLIGHT } from '../../entrypoints/content/quote-stage.ts';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { LEXICONS, Spotter } from '../../lib/spot/index.ts';
import { loadBundle, scanPageFile } from '../../scripts/eval/corpus.ts';
import { useExtension } from './fixture.ts';
import {
  cardState,
  markCenter,
  openFixture,
  openPopupOver,
  PAGES,
  readHighlights,
  waitForQuotes,
  waitForScan,
} from './onpage-helpers.ts';

/** The extension APIs as seen by code evaluated in the service worker. */

const bundle = loadBundle();
const statement = (id: string) => {
  const s = bundle.statements.find((x) => x.id === id);
  if (!s) throw new Error(`no statement ${id}`);
  return s;
};
const label = (id: string) => bundle.gazetteer.entities.find((e) => e.id === id)?.label.en ?? id;

/** The sentences the CLI links on a fixture page, once each, in page order. */
function cliSentences(file: string): string[] {
  const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
  const scanned = scanPageFile(join(PAGES, file), spotter, new QuoteLinker(bundle));
  const quotes = [...(scanned.quotes ?? [])].sort((a, b) => a.start - b.start);
  return [...new Set(quotes.map((q) => q.text))];
}

const ext = useExtension({ pages: PAGES });

const quoteTexts = async (page: Page) => (await readHighlights(page))[QUOTE_HIGHLIGHT] ?? [];

/** Centre of the first occurrence of `word` in the page's text, in viewport coordinates. */
async function wordCenter(page: Page, word: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      const box = r.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, word);
  if (!p) throw new Error(`no word "${word}" on the page`);
  return p;
}

/** Rests the pointer on a point, as a reader would. */
async function restAt(page: Page, { x, y }: { x: number; y: number }): Promise<void> {
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 2 });
}

/** The provenance card, read from its shadow root: null when no card (or a name's card) is open. */
function quoteCard(page: Page) {
  return page.evaluate(() => {
    const dialog = document
      .querySelector('inline-context-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    const statements = dialog?.getAttribute('data-statements');
    if (!dialog || statements == null) return null;
    const quote = dialog.querySelector('blockquote');
    return {
      statements,
      label: dialog.getAttribute('aria-label'),
      form: dialog.querySelector('.provenance__form')?.textContent ?? '',
      sentence: dialog.querySelector('.provenance__sentence')?.textContent ?? '',
      quotes: [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
      quoteLang: quote?.getAttribute('lang'),
      quoteDir: quote?.getAttribute('dir'),
      kind: dialog.querySelector('.statement__kind')?.textContent ?? '',
      translation: dialog.querySelector('.statement__translation')?.textContent ?? '',
      differences: [...dialog.querySelectorAll('.provenance__diff')].map((d) => ({
        kind: d.getAttribute('data-kind'),
        text: d.textContent ?? '',
      })),
    };
  });
}

const focusText = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('inline-context-focus') ?? [])].map((r) => (r as Range).toString()),
  );

describe('sentences that report the meeting', () => {
  test('get the quote highlight: the same sentences the CLI links on the page', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    const want = cliSentences('en-quotes.html');
    expect(want.length).toBe(3);
    expect(await quoteTexts(page)).toEqual(want);
    // The weather sentence reports nothing.
    expect((await quoteTexts(page)).some((s) => s.includes('Snow'))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('hovering a quotation shows the statement’s Persian words verbatim, its speaker and form', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    await restAt(page, await wordCenter(page, 'bloc'));
    await expect.poll(() => quoteCard(page).then((c) => c?.statements)).toBe('kh-04-defeat-sanctions');
    const card = await quoteCard(page);
    const kh04 = statement('kh-04-defeat-sanctions');
    expect(card?.quotes).toEqual([kh04.fa]);
    expect(card?.quoteLang).toBe('fa');
    expect(card?.quoteDir).toBe('rtl');
    // The page's sentence, as page text; how the page gives it and to whom.
    expect(card?.sentence).toMatch(/^“The countries that America sanctions should form a bloc/);
    expect(card?.form).toBe(`Quoted on the page, attributed to ${label('ali-khamenei')}`);
    // In the source: the speaker's own words, with the unofficial English translation.
    expect(card?.kind).toBe('Direct quote');
    expect(card?.translation).toContain(kh04.en);
    // Same speaker, same form: no speaker difference is claimed.
    expect(card?.differences.map((d) => d.kind)).not.toContain('speaker');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a sentence that gives Khamenei’s words to Raisi says so', async () => {
    const page = await ext.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    await restAt(page, await wordCenter(page, 'neutralise'));
    await expect.poll(() => quoteCard(page).then((c) => c?.statements)).toBe('kh-04-defeat-sanctions');
    const card = await quoteCard(page);
    expect(card?.quotes).toEqual([statement('kh-04-defeat-sanctions').fa]);
    expect(card?.form).toBe(`Retold on the page, attributed to ${label('ebrahim-raisi')}`);
    expect(card?.differences[0]).toEqual({
      kind: 'speaker',
      text: `The page attributes this to ${label('ebrahim-raisi')}; in the source ${label('ali-khamenei')} said it.`,
    });
    await page.close();
  });

  test('a name inside a reporting sentence keeps its own card', async () => {
    const page = await ext.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    // "Khamenei" alone is only written inside the quotation's sentence ("…,” Khamenei told his visitor.").
    await restAt(page, await markCenter(page, 'Khamenei'));
    await expect.poll(() => cardState(page).then((c) => c?.entity)).toBe('ali-khamenei');
    expect(await quoteCard(page)).toBeNull();
    await page.close();
  });

  test('a script’s synthetic click on a reporting sentence opens nothing', async () => {
    const page = await ext.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    const at = await wordCenter(page, 'neutralise');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    }, at);
    await page.waitForTimeout(600);
    expect(await cardState(page)).toBeNull();
    // The reader's own tap on the same place opens the provenance card.
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => quoteCard(page).then((c) => c?.statements)).toBe('kh-04-defeat-sanctions');
    await page.close();
  });

  test('a paragraph re-rendered in new nodes, and one added later, are relinked; the others stay', async () => {
    const page = await ext.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    const before = await quoteTexts(page);
    const passes = () => page.evaluate(() => performance.getEntriesByName('inline-context:quotes').length);
    const linked = await passes();
    // The page re-renders one paragraph with the same text (React, live blogs): its sentence is found again.
    await page.evaluate(() => {
      const p = document.getElementById('misattributed') as HTMLElement;
      p.replaceChildren(document.createTextNode(p.textContent ?? ''));
    });
    await expect.poll(passes).toBeGreaterThan(linked);
    await expect.poll(async () => [...(await quoteTexts(page))].sort()).toEqual([...before].sort());
    // The live range is on the new node: hovering it opens the provenance card.
    await restAt(page, await wordCenter(page, 'neutralise'));
    await expect.poll(() => quoteCard(page).then((c) => c?.statements)).toBe('kh-04-defeat-sanctions');
    await page.mouse.move(5, 795, { steps: 3 });
    // A paragraph a live page adds later is linked where it lands.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Khamenei added that the spirituality of nations can be a driving force for them.';
      document.querySelector('article')?.append(p);
    });
    await expect
      .poll(() => quoteTexts(page))
      .toContain('Khamenei added that the spirituality of nations can be a driving force for them.');
    expect((await quoteTexts(page)).length).toBe(before.length + 1);
    await page.close();
  });

  test('a sentence a re-render takes away while linking runs is never highlighted', async () => {
    // Passes do not wait for linking: the page's first linking pass (the late stage loading, the cue lexicon
    // compiling, 60–250 ms) works from the first pass's reading. Right after that pass the page replaces
    // Lukashenko's paragraph with other text; from then on every frame checks the quote highlight.
    const page = await ext.browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { staleFrames: number; frames: number };
      w.staleFrames = 0;
      w.frames = 0;
      new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some((e) => e.name === 'inline-context:scan')) return;
        observer.disconnect();
        const p = document.getElementById('newpage') as HTMLElement;
        p.replaceChildren(document.createTextNode('The talks ended in the evening.'));
        const frame = () => {
          w.frames++;
          const quotes = CSS.highlights.get('inline-context-quote');
          if (quotes && [...quotes].some((r) => !(r as Range).startContainer.isConnected)) w.staleFrames++;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }).observe({ type: 'measure' });
    });
    await page.goto(ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    // The replaced paragraph's own pass (a partial one) links nothing there; the others keep their highlight.
    await waitForScan(page, 2);
    await page.waitForTimeout(1_000);
    const texts = await quoteTexts(page);
    expect(texts.some((t) => t.includes('open a new page'))).toBe(false);
    expect(texts.some((t) => t.includes('take this weapon out of its hands'))).toBe(true);
    const { frames, staleFrames } = await page.evaluate(() => {
      const w = window as unknown as { staleFrames: number; frames: number };
      return { frames: w.frames, staleFrames: w.staleFrames };
    });
    expect(frames).toBeGreaterThan(5);
    expect(staleFrames).toBe(0);
    await page.close();
  });

  test('a paragraph added later keeps the speaker of the paragraph before it, as on a full read', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    // "He added" after Lukashenko's paragraph: the card names him, not "the page does not say who".
    const added = 'He added that he was determined to carry out all the agreements.';
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('newpage')?.after(p);
    }, added);
    await expect.poll(() => quoteTexts(page)).toContain(added);
    await restAt(page, await wordCenter(page, 'determined'));
    await expect.poll(() => quoteCard(page).then((c) => c?.sentence)).toBe(added);
    expect((await quoteCard(page))?.form).toContain(`attributed to ${label('alexander-lukashenko')}`);
    await page.close();
  });

  test('a page about another year’s talks, with similar sentences, shows no quote highlight', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-other-year.html'));
    await waitForQuotes(page);
    // The page names Khamenei and the sanctions (so linking ran), yet no sentence is the meeting's.
    const h = await readHighlights(page);
    expect([...(h['inline-context-person'] ?? []), ...(h['inline-context-quiet'] ?? [])]).toContain(
      'Khamenei',
    );
    expect(await quoteTexts(page)).toEqual([]);
    expect(cliSentences('en-other-year.html')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page of a later visit marks only what it recalls of the meeting, after naming the guest', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-later-guest.html'));
    await waitForQuotes(page);
    // Khamenei's words to the later visitor come before the page names Lukashenko: not the meeting's.
    const recalled =
      'In March, Khamenei received Belarusian President Alexander Lukashenko and told him the countries America sanctions must team up and take that weapon out of its hands.';
    await expect.poll(() => quoteTexts(page)).toEqual([recalled]);
    expect(cliSentences('en-later-guest.html')).toEqual([recalled]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a page of a later event marks nothing before it names the host, then what it recalls', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-later-host.html'));
    await waitForQuotes(page);
    // Lukashenko in Sochi on real friends speaks of Russia; after the page names Khamenei, his words recall Tehran.
    const recalled =
      'There, Lukashenko said the difficult international conditions had shown who real friends are.';
    await expect.poll(() => quoteTexts(page)).toEqual([recalled]);
    expect(cliSentences('en-later-host.html')).toEqual([recalled]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Alt+Shift+J visits reporting sentences with the marks, in reading order; Enter opens the card', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/en-quotes.html'));
    await waitForQuotes(page);
    // Painted marks and reporting sentences in document order; a sentence comes before the names inside it.
    const order = await page.evaluate((quote) => {
      const items = ['inline-context-person', 'inline-context-topic', quote].flatMap((n) =>
        ([...(CSS.highlights.get(n) ?? [])] as Range[]).map((r) => ({ r, quote: n === quote })),
      );
      items.sort(
        (a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r) || Number(b.quote) - Number(a.quote),
      );
      return items.map((i) => i.r.toString());
    }, QUOTE_HIGHLIGHT);
    const sentence = cliSentences('en-quotes.html')[0] as string;
    expect(order).toContain(sentence);
    const walked: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      walked.push(...(await focusText(page)));
    }
    expect(walked).toEqual(order);
    // Back to the quotation's sentence, then Enter: its provenance card, with the keyboard focus in it.
    for (let i = 0; i < order.length && (await focusText(page))[0] !== sentence; i++)
      await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focusText(page)).toEqual([sentence]);
    await page.keyboard.press('Enter');
    await expect.poll(() => quoteCard(page).then((c) => c?.statements)).toBe('kh-04-defeat-sanctions');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('inline-context-card');
    await page.close();
  });
});

describe('the popup and the reported statements', () => {
  test('“On this page” lists them with their sentence counts, and a jump opens the sentence’s card', async () => {
    const article = await ext.browser.context.newPage();
    await article.setViewportSize({ width: 1100, height: 800 });
    await article.goto(ext.server.url('/en-quotes.html'));
    await waitForScan(article);
    await waitForQuotes(article);
    const popup = await openPopupOver(ext.browser, article);
    await popup.locator('.onpage__quote').first().waitFor();
    const listed = await popup.locator('.onpage__quote').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-reported-id'),
        count: li.querySelector('.onpage__quote-count')?.textContent,
      })),
    );
    // In the order the page first reports them: the quotation (and Raisi's retelling) of kh-04, then lu-02.
    expect(listed).toEqual([
      { id: 'kh-04-defeat-sanctions', count: '2 sentences' },
      { id: 'lu-02-new-page', count: '1 sentence' },
    ]);
    // The search results say which statements the page reports.
    const badge = (id: string) =>
      popup.locator(`[role="feed"] article.statement[data-statement-id="${id}"] .statement__reported`);
    expect(await badge('kh-04-defeat-sanctions').textContent()).toBe('Reported on this page (2)');
    expect(await badge('lu-02-new-page').textContent()).toBe('Reported on this page (1)');
    expect(await badge('kh-01-capacity').count()).toBe(0);

    await popup.locator('.onpage__quote[data-reported-id="lu-02-new-page"] .onpage__next').click();
    const lukashenko = cliSentences('en-quotes.html')[2] as string;
    await expect.poll(() => focusText(article)).toEqual([lukashenko]);
    await expect.poll(() => quoteCard(article).then((c) => c?.statements)).toBe('lu-02-new-page');
    expect((await quoteCard(article))?.quotes).toEqual([statement('lu-02-new-page').fa]);
    await popup.close();
    await article.close();
  });
});
