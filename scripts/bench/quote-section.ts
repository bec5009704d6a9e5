/**
 * What quote linking adds to a page scan in Node: `spotPage` over the news page's blocks without and with a
 * `QuoteLinker` (the same pipeline `npm run scan` runs), on the dense 1 MB and 5 MB pages (every block names
 * someone: the worst case, every sentence is scored), on the realistic 1 MB and 5 MB pages (a mention in about
 * 1 % of the blocks; a page this size is read only near its mentions), and on the development corpus's
 * articles (read whole).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { QuoteLinker } from '../../lib/quote/index.ts';
import { linkQuotes, matcherLists } from '../../lib/quote/linker.ts';
import { TermMatcher } from '../../lib/quote/term-matcher.ts';
import {
  DateReader,
  LEXICONS,
  MONTH_NAMES,
  publicationDate,
  readTextBlocks,
  spotBlocks,
  spotPage,
} from '../../lib/spot/index.ts';
import { corpusGoldFiles, pageFileOf } from '../eval/corpus.ts';
import { loadBundle, Spotter } from './gazetteers.ts';
import { newsText, realisticNewsPage } from './news-page.ts';
import type { BenchSection } from './sections.ts';
import { cpuNow, type Figure, figure, timeInterleaved, timeRuns } from './stats.ts';

const MB = 1_000_000;

export const quoteSection: BenchSection = {
  name: 'quotes',
  title: 'Quote linking (Node): spotPage with and without a QuoteLinker',
  async run(log) {
    const bundle = loadBundle();
    const spotter = new Spotter(bundle.gazetteer, LEXICONS, bundle.statements);
    const c0 = performance.now();
    const linker = new QuoteLinker(bundle);
    const figures: Figure[] = [
      figure('quote-compile', 'compile the cue lexicon (new QuoteLinker)', 'ms', [performance.now() - c0]),
    ];
    const ctx = { publishedAt: '2023-03-13' };
    const notes: string[] = [];
    let cpuRatio = Number.NaN;
    for (const [size, runs] of [
      [1, 7],
      [5, 3],
    ] as const) {
      const blocks = newsText(size * MB).map((text) => ({ text }));
      const without = timeRuns(() => spotPage(blocks, spotter, ctx), runs);
      if (size === 1 && bundle.cues) {
        // How far linking could get: its word reader alone against only finding where each word ends (a
        // code-unit table, the least any word reader does), both over every block of the page.
        const terms = new TermMatcher(...matcherLists(bundle.cues));
        const sink = { deferred: () => {} };
        const texts = blocks.map((b) => b.text);
        const reader = timeRuns(() => {
          for (const t of texts) terms.readBlock(t, sink);
        }, 15);
        const ends = timeRuns(() => wordEnds(texts), 15);
        figures.push(
          figure(
            'quote-words-1mb',
            "1 MB page: the linker's word reader (TermMatcher.readBlock)",
            'ms',
            reader,
          ),
          figure('quote-word-ends-1mb', "1 MB page: only finding the words' ends (reference)", 'ms', ends),
        );
      }
      if (size === 1) {
        // The linker's first run, its code not yet compiled and optimized (the spotter's is, by now): what a
        // page's one linking pass meets, beside the warm runs below.
        const t0 = performance.now();
        spotPage(blocks, spotter, ctx, linker);
        figures.push(
          figure('scan-quotes-1mb-first', '1 MB page: spotPage with linking, its first run', 'ms', [
            performance.now() - t0,
          ]),
        );
      }
      let links = 0;
      const withLinker = timeRuns(() => {
        links = spotPage(blocks, spotter, ctx, linker).quotes?.length ?? 0;
      }, runs);
      figures.push(figure(`scan-${size}mb`, `${size} MB page: spotPage without linking`, 'ms', without));
      figures.push(
        figure(`scan-quotes-${size}mb`, `${size} MB page: spotPage with linking`, 'ms', withLinker),
      );
      notes.push(`${size} MB page: ${links} sentences linked`);
      if (size === 1) {
        // The same pair in CPU time, interleaved, best of 15: what the machine's load does not inflate.
        const [bare, linked] = timeInterleaved(
          [() => spotPage(blocks, spotter, ctx), () => spotPage(blocks, spotter, ctx, linker)],
          15,
          cpuNow,
        ) as [number[], number[]];
        cpuRatio = Math.min(...linked) / Math.min(...bare);
        notes.push(
          `1 MB page, CPU time, best of 15 interleaved: ${Math.min(...bare).toFixed(1)} ms without linking, ${Math.min(...linked).toFixed(1)} ms with`,
        );
        // Linking alone (the page's matches found once): what the pair above differs by, without the spotter's
        // own run-to-run noise in it. (After the first-run figure, which it would warm.)
        const matches = spotBlocks(blocks, spotter, ctx);
        const [alone] = timeInterleaved([() => linkQuotes(blocks, matches, ctx, linker)], 15, cpuNow) as [
          number[],
        ];
        figures.push(
          figure('quote-link-alone-1mb', '1 MB page: linkQuotes alone, CPU time, best of 15', 'ms', [
            Math.min(...alone),
          ]),
        );
      }
      log(`  quotes ${size} MB: done`);
    }
    // The page's blocks read once (as the content script reads them from the live DOM), then spotPage with and
    // without linking, CPU time, interleaved, best of 15. Parsing the page with linkedom each time made garbage
    // whose collection landed on either side (single runs of the same scan swung 45-190 ms): the medians of
    // scanHtml compared nothing (0.76-0.98 x, linking "faster").
    const realisticRatios: number[] = [];
    for (const size of [1, 5]) {
      const html = realisticNewsPage(size * MB);
      let realisticLinks = 0;
      const realisticBlocks = readTextBlocks(parseHTML(html).document as unknown as Document);
      const realisticCtx = { publishedAt: '2023-03-14' };
      const [plain, linked] = timeInterleaved(
        [
          () => spotPage(realisticBlocks, spotter, realisticCtx),
          () => {
            realisticLinks = spotPage(realisticBlocks, spotter, realisticCtx, linker).quotes?.length ?? 0;
          },
        ],
        size === 1 ? 15 : 7,
        cpuNow,
      ) as [number[], number[]];
      realisticRatios.push(Math.min(...linked) / Math.min(...plain));
      const suffix = size === 1 ? '' : `-${size}mb`;
      figures.push(
        figure(
          `scan-realistic${suffix}`,
          `realistic ${size} MB page: spotPage without linking, CPU time`,
          'ms',
          plain,
        ),
        figure(
          `scan-quotes-realistic${suffix}`,
          `realistic ${size} MB page: spotPage with linking, CPU time`,
          'ms',
          linked,
        ),
      );
      notes.push(`realistic ${size} MB page: ${realisticLinks} sentences linked`);
    }
    // The development corpus's pages (news articles, a few thousand characters each, nearly all about the
    // meeting): what linking adds to an article, in milliseconds per page. Read whole (under READ_WHOLE_PAGE),
    // every distinct word of a page is new to the linker's word table, where the spotter's prefilter passes
    // most blocks by: the ratio is large, the time small.
    const corpus = corpusPages();
    const [spotOnly, spotLinked] = timeInterleaved(
      [
        () => {
          for (const p of corpus) spotPage(p.blocks, spotter, p.ctx);
        },
        () => {
          for (const p of corpus) spotPage(p.blocks, spotter, p.ctx, linker);
        },
      ],
      15,
      cpuNow,
    ) as [number[], number[]];
    const perPage = (runs: number[]) => runs.map((ms) => ms / corpus.length);
    figures.push(
      figure(
        'scan-corpus-page',
        `corpus (${corpus.length} pages): spotPage without linking, CPU per page`,
        'ms',
        perPage(spotOnly),
      ),
      figure(
        'scan-quotes-corpus-page',
        `corpus (${corpus.length} pages): spotPage with linking, CPU per page`,
        'ms',
        perPage(spotLinked),
      ),
    );
    const corpusRatio = Math.min(...spotLinked) / Math.min(...spotOnly);
    const m = (name: string) => figures.find((f) => f.name === name)?.median ?? Number.NaN;
    return {
      figures,
      // The ≤ 1.25 goal (issue 9) is held on the realistic page. The dense pages (every block names the
      // meeting) and the corpus's articles are reported without a target: there linking reads every word,
      // where the spotter's prefilter lets most of the text by, so the ratio measures how cheap the scan has
      // become more than what linking costs (docs/performance.md, "What linking costs, and the goal").
      ratios: [
        ...[1, 5].map((size) => ({
          name: `linking-cost-${size}mb`,
          label: `dense ${size} MB scan with linking / without`,
          value: m(`scan-quotes-${size}mb`) / m(`scan-${size}mb`),
        })),
        {
          name: 'linking-cost-1mb-cpu',
          label: 'dense 1 MB, CPU time (best of 15), with / without',
          value: cpuRatio,
        },
        {
          name: 'linking-cost-corpus',
          label: 'corpus articles, CPU time (best of 15), with / without',
          value: corpusRatio,
        },
        ...[1, 5].map((size, i) => ({
          name: size === 1 ? 'linking-cost-realistic' : `linking-cost-realistic-${size}mb`,
          label: `realistic ${size} MB, CPU time (best of ${size === 1 ? 15 : 7}), with / without`,
          value: realisticRatios[i] as number,
          target: { atMost: 1.25 },
        })),
      ],
      notes,
    };
  },
};

/** The corpus's HTML pages, read once: their blocks and the date each shows (as `npm run scan` reads it). */
function corpusPages(): { blocks: { text: string }[]; ctx: { publishedAt: string | null } }[] {
  const pages: { blocks: { text: string }[]; ctx: { publishedAt: string | null } }[] = [];
  const dates = new DateReader(MONTH_NAMES);
  for (const gold of corpusGoldFiles()) {
    const file = pageFileOf(gold);
    if (!file?.endsWith('.html')) continue;
    const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    pages.push({ blocks: readTextBlocks(doc), ctx: { publishedAt: publicationDate(doc, dates) } });
  }
  return pages;
}

/** Word characters by UTF-16 code unit: letters, marks and digits (what the linker reads as words). */
let wordUnits: Uint8Array | null = null;

/** Finds where every word of `texts` starts and ends, and nothing else; returns how many words. */
function wordEnds(texts: readonly string[]): number {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++)
      wordUnits[c] = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
  }
  const WORD_UNIT = wordUnits;
  const starts = new Int32Array(1 << 16);
  const ends = new Int32Array(1 << 16);
  let total = 0;
  for (const text of texts) {
    let n = 0;
    let i = 0;
    while (i < text.length) {
      if (WORD_UNIT[text.charCodeAt(i)] !== 1) {
        i++;
        continue;
      }
      const s = i++;
      while (i < text.length && WORD_UNIT[text.charCodeAt(i)] === 1) i++;
      starts[n & 0xffff] = s;
      ends[n & 0xffff] = i;
      n++;
    }
    total += n;
  }
  return total;
}
