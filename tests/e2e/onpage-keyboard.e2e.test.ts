import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';
import { cardState, openFixture, PAGES, waitForQuotes } from './onpage-helpers.ts';

const ext = useExtension({ pages: PAGES });

const focusText = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('inline-context-focus') ?? [])].map((r) => (r as Range).toString()),
  );

/** What has keyboard focus, looking inside our shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (a?.localName !== 'inline-context-card') return a?.localName ?? null;
    const inner = a.shadowRoot?.activeElement;
    return `card:${inner?.getAttribute('role') ?? inner?.className ?? ''}`;
  });

describe('keyboard', () => {
  test('Alt+Shift+J / K walk the marks in reading order; Enter opens the card with focus in it; Esc returns', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-article.html'));
    await waitForQuotes(page);
    // The walk visits the painted marks (the default paints first mentions) and the sentences that report a
    // statement (the quote highlight), in reading order; a sentence before the names inside it.
    const painted = await page.evaluate(() => {
      const ranges = ['inline-context-person', 'inline-context-topic', 'inline-context-quote'].flatMap((n) =>
        ([...(CSS.highlights.get(n) ?? [])] as Range[]).map((r) => ({
          r,
          quote: n === 'inline-context-quote',
        })),
      );
      ranges.sort(
        (a, b) => a.r.compareBoundaryPoints(Range.START_TO_START, b.r) || Number(b.quote) - Number(a.quote),
      );
      return ranges.map(({ r }) => r.toString());
    });
    expect(painted.length).toBeGreaterThan(2);
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focusText(page)).toEqual([painted[0]]);
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await focusText(page)).toEqual([painted[1]]);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Alt+Shift+KeyK');
    expect(await focusText(page)).toEqual([painted[1]]);
    // Screen readers hear where the walk went.
    const said = await page.evaluate(
      () =>
        document.querySelector('inline-context-card')?.shadowRoot?.querySelector('[aria-live]')?.textContent,
    );
    expect(said).toMatch(new RegExp(` — 2 / ${painted.length}$`));

    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page).then((c) => c?.entity ?? null)).not.toBeNull();
    expect(await focused(page)).toBe('card:dialog');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:card__close');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:statement__copy');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the close button works from the keyboard', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/ru-article.html'));
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page)).not.toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page)).toBeNull();
    await page.close();
  });

  test('the first Alt+Shift+J works before the walk is here, and an Enter right after it opens the card', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-corridor-brief.html'));
    // No meeting person on this page: nothing has asked for the late stage, which brings the walk, so the first
    // keypress waits for it.
    const asked = () =>
      page.evaluate(() => performance.getEntriesByName('inline-context:late-stage-requested').length);
    expect(await asked()).toBe(0);
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusText(page).then((f) => f.length)).toBe(1);
    await expect.poll(() => cardState(page)).not.toBeNull();
    expect(await asked()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Enter on the page own link is left to the page', async () => {
    const { page } = await openFixture(ext.browser, ext.server.url('/spa.html'));
    await page.keyboard.press('Alt+Shift+KeyJ');
    await page.focus('#to-raisi');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/spa\/raisi$/);
    expect(await cardState(page)).toBeNull();
    await page.close();
  });
});

describe('accessibility of the open card', () => {
  for (const path of ['/en-article.html', '/fa-zwnj.html']) {
    test(`axe-core finds no serious or critical problem (${path})`, async () => {
      const { page } = await openFixture(ext.browser, ext.server.url(path));
      await page.keyboard.press('Alt+Shift+KeyJ');
      await page.keyboard.press('Enter');
      await expect.poll(() => cardState(page)).not.toBeNull();
      await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
      type Rule = { id: string; impact: string; nodes: unknown[] };
      const { violations, passes } = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> };
          }
        ).axe;
        const result = await axe.run({ include: [['inline-context-card']] }, { resultTypes: ['violations'] });
        return {
          violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
          passes: result.passes.map((v) => v.id),
        };
      });
      // axe really looked inside the shadow root: it checked the dialog's name and the quotes' language.
      expect(passes).toEqual(expect.arrayContaining(['aria-dialog-name', 'valid-lang']));
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.close();
    });
  }
  test('the walk skips marks in text that is not on screen (a closed <details>) and reaches them once it is opened', async () => {
    const { page, errors } = await openFixture(ext.browser, ext.server.url('/en-hidden-text.html'));
    // The walk comes with the late stage (here with the first quote pass): each press below then steps at once.
    await waitForQuotes(page);
    const painted = await page.evaluate(() =>
      ['inline-context-person', 'inline-context-topic', 'inline-context-quote'].flatMap((n) =>
        ([...(CSS.highlights.get(n) ?? [])] as Range[]).map((r) => r.toString()),
      ),
    );
    // The name inside the closed <details> is marked (the page may open it), like every other mention.
    expect(painted).toEqual(expect.arrayContaining(['Belarusian President', 'Ebrahim Raisi']));
    const walk = async () => {
      const seen = new Set<string>();
      for (let i = 0; i < painted.length + 1; i++) {
        await page.keyboard.press('Alt+Shift+KeyJ');
        for (const t of await focusText(page)) seen.add(t);
      }
      return seen;
    };
    const closed = await walk();
    expect(closed.has('Belarusian President')).toBe(true);
    // Text inside an element with `display: contents` is on screen although that element has no box.
    expect([...closed].some((t) => t.includes('North-South transport corridor'))).toBe(true);
    expect(closed.has('Ebrahim Raisi')).toBe(false);
    await page.evaluate(() => {
      (document.getElementById('more') as HTMLDetailsElement).open = true;
    });
    expect((await walk()).has('Ebrahim Raisi')).toBe(true);
    expect(errors).toEqual([]);
  });
});
