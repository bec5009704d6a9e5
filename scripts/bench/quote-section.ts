/**
 * What quote linking adds to a page scan in Node: `spotPage` over the news page's blocks without and with a
 * `QuoteLinker` (the same pipeline `npm run scan` runs), on 1 MB and 5 MB pages.
 */
import { QuoteLinker } from '../../lib/quote/index.ts';
import { spotPage } from '../../lib/spot/index.ts';
import { loadBundle, Spotter } from './gazetteers.ts';
import { newsText } from './news-page.ts';
import type { BenchSection } from './sections.ts';
import { type Figure, figure, timeRuns } from './stats.ts';

const MB = 1_000_000;

export const quoteSection: BenchSection = {
  name: 'quotes',
  title: 'Quote linking (Node): spotPage with and without a QuoteLinker',
  async run(log) {
    const bundle = loadBundle();
    const spotter = new Spotter(bundle.gazetteer, bundle.statements);
    const c0 = performance.now();
    const linker = new QuoteLinker(bundle);
    const figures: Figure[] = [
      figure('quote-compile', 'compile the cue lexicon (new QuoteLinker)', 'ms', [performance.now() - c0]),
    ];
    const ctx = { publishedAt: '2023-03-13' };
    const notes: string[] = [];
    for (const [size, runs] of [
      [1, 7],
      [5, 3],
    ] as const) {
      const blocks = newsText(size * MB).map((text) => ({ text }));
      const without = timeRuns(() => spotPage(blocks, spotter, ctx), runs);
      let links = 0;
      const withLinker = timeRuns(() => {
        links = spotPage(blocks, spotter, ctx, linker).quotes?.length ?? 0;
      }, runs);
      figures.push(figure(`scan-${size}mb`, `${size} MB page: spotPage without linking`, 'ms', without));
      figures.push(
        figure(`scan-quotes-${size}mb`, `${size} MB page: spotPage with linking`, 'ms', withLinker),
      );
      notes.push(`${size} MB page: ${links} sentences linked`);
      log(`  quotes ${size} MB: done`);
    }
    const m = (name: string) => figures.find((f) => f.name === name)?.median ?? Number.NaN;
    return {
      figures,
      ratios: [1, 5].map((size) => ({
        name: `linking-cost-${size}mb`,
        label: `${size} MB scan with linking / without`,
        value: m(`scan-quotes-${size}mb`) / m(`scan-${size}mb`),
      })),
      notes,
    };
  },
};
