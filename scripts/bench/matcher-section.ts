/** The matcher alone, in Node: throughput, and how it scales with the number of aliases and the text. */
import { aliasCount, LEXICONS, loadBundle, Spotter, scaled } from './gazetteers.ts';
import { newsText } from './news-page.ts';
import type { BenchSection } from './sections.ts';
import { type Figure, figure, timeRuns } from './stats.ts';

const MB = 1_000_000;

export const matcherSection: BenchSection = {
  name: 'matcher',
  title: 'Matcher alone (Node): findCandidates over every paragraph',
  async run(log) {
    const { gazetteer } = loadBundle();
    const text1 = newsText(MB);
    const text5 = newsText(5 * MB);
    const chars = (blocks: string[]) => blocks.reduce((n, b) => n + b.length, 0);
    const scan = (spotter: Spotter, blocks: string[]) => () => {
      for (const b of blocks) spotter.findCandidates(b);
    };
    const figures: Figure[] = [];
    const c0 = performance.now();
    const base = new Spotter(gazetteer, LEXICONS);
    figures.push(
      figure('compile-x1', `compile ${aliasCount(gazetteer)} aliases (new Spotter)`, 'ms', [
        performance.now() - c0,
      ]),
    );
    const r1 = timeRuns(scan(base, text1), 7);
    figures.push(
      figure(
        'matcher-1mb',
        `1 MB page text (${chars(text1)} chars), ${aliasCount(gazetteer)} aliases`,
        'ms',
        r1,
      ),
    );
    figures.push(
      figure(
        'matcher-throughput',
        'throughput on 1 MB',
        'MB/s',
        r1.map((ms) => chars(text1) / MB / (ms / 1000)),
      ),
    );
    log(`  matcher 1 MB: done`);
    const r5 = timeRuns(scan(base, text5), 5);
    figures.push(figure('matcher-5mb', `5 MB page text (${chars(text5)} chars)`, 'ms', r5));
    const scaledRuns: Record<number, number[]> = {};
    for (const factor of [10, 100]) {
      const g = scaled(gazetteer, factor);
      const t0 = performance.now();
      const spotter = new Spotter(g, LEXICONS);
      const compile = performance.now() - t0;
      figures.push(figure(`compile-x${factor}`, `compile ${aliasCount(g)} aliases`, 'ms', [compile]));
      scaledRuns[factor] = timeRuns(scan(spotter, text1), 7);
      figures.push(
        figure(
          `matcher-1mb-x${factor}`,
          `1 MB, ×${factor} aliases (${aliasCount(g)})`,
          'ms',
          scaledRuns[factor],
        ),
      );
      log(`  matcher ×${factor} aliases: done`);
    }
    const m = (name: string) => figures.find((f) => f.name === name)?.median ?? Number.NaN;
    return {
      figures,
      ratios: [
        {
          name: 'aliases-x10',
          label: '×10 aliases / ×1 (1 MB)',
          value: m('matcher-1mb-x10') / m('matcher-1mb'),
          target: { atMost: 1.5 },
        },
        {
          name: 'aliases-x100',
          label: '×100 aliases / ×1 (1 MB)',
          value: m('matcher-1mb-x100') / m('matcher-1mb'),
          target: { atMost: 1.5 },
        },
        {
          name: 'text-x5',
          label: '×5 text / ×1 (linear would be 5)',
          value: m('matcher-5mb') / m('matcher-1mb'),
          target: { atMost: 6 },
        },
      ],
    };
  },
};
