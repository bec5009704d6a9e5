/**
 * The baselines (tests/baselines, checked through lib/spot with linkedom by tests/unit/spot-baselines.test.ts)
 * against the extension itself: each baseline page is opened in Chromium with the test build loaded, and what
 * the content script painted into `CSS.highlights` must be exactly the baseline's expected matches — the same
 * surface texts, in the same order, each in the highlight its entity kind is painted with — and no trap may be
 * touched by a mark. If the CLI/baseline pipeline and the content script ever read, spot or resolve a page
 * differently, this is where it shows.
 *
 * What the baseline records and what a page can show differ in a few ways, each handled on purpose:
 * - `.txt` pages: the CLI reads the file as one block without a date. A browser shows a text file in a `<pre>`,
 *   so they are served wrapped in a minimal `<pre>` page with no date: one block with the file's exact text.
 * - Confidence: the CLI reports `high`/`low` (a title on an undated page); the extension paints both alike.
 *   Asserted below: low-confidence links sit in the same person highlight as the rest.
 * - Offsets, `publishedAt` and `statements` are not visible in highlights; document order of the marks stands
 *   in for the offsets, and the resolved titles (which depend on the date) for `publishedAt`.
 * - Styles: neither reader drops text hidden by CSS (the content script reads with `checkStyles: false`, and
 *   linkedom computes no styles), and no baseline page hides text by style; markup-hidden text (`[hidden]`,
 *   `<script>`, `data-inline-context`) is skipped by both and is covered by the `unread` traps.
 * - Mark mode: "every mention" paints every match in its kind's highlight (the default paints first mentions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HIGHLIGHT } from '../../entrypoints/content/highlight-painter.ts';
import { QUOTE_HIGHLIGHT } from '../../entrypoints/content/quote-stage.ts';
import { DEFAULTS } from '../../lib/settings/schema.ts';
import { useExtension } from './fixture.ts';
import { ROOT } from './harness.ts';
import { asRead, type Painted, readMarks, wrappedText } from './parity.ts';

const BASELINES = join(ROOT, 'tests', 'baselines');
const PAGE_DIR = join(BASELINES, 'pages');
const files = readdirSync(PAGE_DIR).filter((f) => /\.(html|txt)$/.test(f));

/** The parts of `expected/<page>.json` a page can show (see tests/baselines/README.md). */
interface Expected {
  matches: { entity: string; kind: string; confidence: string; text: string; start: number; end: number }[];
  traps: { text: string; why: string; unread?: boolean }[];
}

const expectedFor = (file: string): Expected =>
  JSON.parse(readFileSync(join(BASELINES, 'expected', file.replace(/\.(html|txt)$/, '.json')), 'utf8'));

/** The meeting's people: quote provenance (and its highlight) comes only to a page that marks one of them. */
const MEETING_PEOPLE = new Set(
  (
    JSON.parse(readFileSync(join(ROOT, 'generated', 'bundle.json'), 'utf8')) as {
      gazetteer: { entities: { id: string; inMeeting?: boolean }[] };
    }
  ).gazetteer.entities
    .filter((e) => e.inMeeting)
    .map((e) => e.id),
);

/**
 * Entity kind → the highlight it is painted in: people, places and the corridor share the strong style,
 * topics get the quieter one. Written out rather than taken from the painter, so a change there fails here.
 */
const STYLE_OF_KIND: Record<string, string> = {
  person: HIGHLIGHT.person,
  place: HIGHLIGHT.person,
  corridor: HIGHLIGHT.person,
  topic: HIGHLIGHT.topic,
};

function styleOf(kind: string): string {
  const style = STYLE_OF_KIND[kind];
  if (!style) throw new Error(`Baseline match of unknown kind "${kind}": say which highlight paints it`);
  return style;
}

const urlPath = (file: string) => (file.endsWith('.txt') ? `/as-pre/${file}.html` : `/${file}`);

const ext = useExtension({
  pages: PAGE_DIR,
  routes: Object.fromEntries(
    files.filter((f) => f.endsWith('.txt')).map((f) => [urlPath(f), wrappedText(join(PAGE_DIR, f))]),
  ),
  // "Every mention" must paint exactly what the CLI finds, each in its kind's highlight (the default paints first
  // mentions and leaves the rest in the unstyled quiet highlight; see onpage-calm.e2e.test.ts).
  settings: { markMode: 'every' },
});

/**
 * Every occurrence of `trap` in a text node of the document (head and scripts included, so an unread trap is
 * found where it sits), with the texts of the mark ranges that overlap it.
 */
function trapHits(page: Page, trap: string): Promise<{ occurrences: number; overlapping: string[] }> {
  return page.evaluate(
    ({ trap, focus, quote }) => {
      const marks: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('inline-context') || name === focus || name === quote) continue;
        for (const r of h) {
          const range = document.createRange();
          range.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
          range.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
          marks.push(range);
        }
      }
      let occurrences = 0;
      const overlapping: string[] = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        for (let i = data.indexOf(trap); i >= 0; i = data.indexOf(trap, i + 1)) {
          occurrences++;
          const t = document.createRange();
          t.setStart(n, i);
          t.setEnd(n, i + trap.length);
          // Overlap of two non-empty ranges: the mark starts before the trap ends and ends after it starts.
          // (END_TO_START compares the mark's start with the trap's end; START_TO_END its end with the trap's start.)
          for (const m of marks)
            if (
              m.compareBoundaryPoints(Range.END_TO_START, t) < 0 &&
              m.compareBoundaryPoints(Range.START_TO_END, t) > 0
            )
              overlapping.push(m.toString());
        }
      }
      return { occurrences, overlapping };
    },
    { trap, focus: HIGHLIGHT.focus, quote: QUOTE_HIGHLIGHT },
  );
}

test('the default is first mentions; the parity below is checked with "every mention"', () => {
  // If the default became "every mention", the calm-page tests would be the ones to change.
  expect(DEFAULTS.markMode).toBe('first');
});

test('the baselines include low-confidence title links, so their check below can fail', () => {
  const low = files.flatMap((f) =>
    expectedFor(f).matches.filter((m) => m.confidence === 'low' && m.kind === 'person'),
  );
  expect(low.length).toBeGreaterThan(0);
});

describe.each(files)('baseline %s in the browser', (file) => {
  const expected = expectedFor(file);
  let page: Page;
  let painted: Painted;
  let scanned: number;
  beforeAll(async () => {
    page = await ext.browser.context.newPage();
    await page.goto(ext.server.url(urlPath(file)));
    // The content script's first pass (expect.poll, as in waitForScan, cannot run in a hook).
    await page.waitForFunction(() => performance.getEntriesByName('inline-context:scan').length > 0, null, {
      timeout: 15_000,
    });
    // The quote stage comes with the late stage, a moment after the first pass, to a page naming a meeting person:
    // wait for its highlight to be registered before reading which highlights the page has.
    if (expected.matches.some((m) => MEETING_PEOPLE.has(m.entity)))
      await page.waitForFunction((name) => CSS.highlights.has(name), QUOTE_HIGHLIGHT, { timeout: 15_000 });
    painted = await readMarks(page);
    scanned = await page.evaluate(
      () =>
        (
          (performance.getEntriesByName('inline-context:scan')[0] as PerformanceMeasure).detail as {
            matches: number;
          }
        ).matches,
    );
  });
  afterAll(async () => {
    await page?.close();
  });

  test('marks exactly the expected mentions, in page order, each in its kind’s highlight', () => {
    // The painter registers its highlights even on a page with no match; the quote highlight comes with the quote
    // stage, only to a page that marks a meeting person. An unknown name would be a new kind of mark this test
    // does not know how to compare.
    const namesMeetingPerson = expected.matches.some((m) => MEETING_PEOPLE.has(m.entity));
    expect(painted.names.sort()).toEqual(
      [...Object.values(HIGHLIGHT), ...(namesMeetingPerson ? [QUOTE_HIGHLIGHT] : [])].sort(),
    );
    const want = [...expected.matches]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((m) => ({ text: asRead(m.text), highlight: styleOf(m.kind) }));
    expect(painted.marks).toEqual(want);
    // Said outright for the CLI's low-confidence links (titles on undated pages): the page paints them in the
    // same person highlight as the high-confidence ones; it shows no confidence.
    const people = painted.marks.filter((m) => m.highlight === HIGHLIGHT.person).map((m) => m.text);
    for (const m of expected.matches.filter((m) => m.confidence === 'low')) expect(people).toContain(m.text);
    // Every mark the scan kept was painted (none held back by the mark mode or lost on the way to a Range).
    expect(scanned).toBe(expected.matches.length);
  });

  test.each(expected.traps.map((t) => [t.text, t.why, t.unread ?? false] as const))(
    'leaves the trap «%s» unmarked (%s)',
    async (trap, _why, unread) => {
      const hits = await trapHits(page, trap);
      expect(hits.occurrences, `trap «${trap}» is not in the served page`).toBeGreaterThan(0);
      expect(hits.overlapping, `«${trap}» overlaps a mark`).toEqual([]);
      // An unread trap sits in markup the reader skips: no mark's text contains it either.
      if (unread) expect(painted.marks.filter((m) => m.text.includes(trap))).toEqual([]);
    },
  );
});
