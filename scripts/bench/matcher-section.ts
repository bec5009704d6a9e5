/** The matcher alone, in Node: throughput, and how it scales with the number of aliases and the text. */
import { aliasCount, LEXICONS, loadBundle, Spotter, scaled } from './gazetteers.ts';
import { newsText } from './news-page.ts';
import type { BenchSection } from './sections.ts';
import { type Figure, figure, timeInterleaved, timeRuns } from './stats.ts';

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
      figure(
        'spotter-typed-arrays',
        'typed arrays the compiled spotter holds (per tab; outside the JS heap figure of --only=start)',
        'MB',
        [typedArrayBytes(base) / MB],
      ),
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
    // The alias scaling is timed in alternating rounds (×1, ×10, ×100, then back), so the ratios compare runs
    // under the same load and heap: timed one after the other, the ×1 baseline alone moved 37–81 ms between
    // runs of this section and the ratio with it.
    const spotters = [{ factor: 1, spotter: base, aliases: aliasCount(gazetteer) }];
    for (const factor of [10, 100]) {
      const g = scaled(gazetteer, factor);
      const t0 = performance.now();
      const spotter = new Spotter(g, LEXICONS);
      const compile = performance.now() - t0;
      figures.push(figure(`compile-x${factor}`, `compile ${aliasCount(g)} aliases`, 'ms', [compile]));
      spotters.push({ factor, spotter, aliases: aliasCount(g) });
    }
    const scaledRuns = timeInterleaved(
      spotters.map((s) => scan(s.spotter, text1)),
      9,
    );
    for (const [i, { factor, aliases }] of spotters.entries()) {
      figures.push(
        figure(
          `matcher-1mb-x${factor}-interleaved`,
          `1 MB, ×${factor} aliases (${aliases}), alternating rounds`,
          'ms',
          scaledRuns[i] as number[],
        ),
      );
    }
    log(`  matcher ×10, ×100 aliases: done`);
    // The same scaling with every block matched in full: the prefilter (lib/spot/prefilter.ts) lets a block
    // skip the matcher when no alias's anchor is in it, and the synthetic aliases (random 4–9-letter words)
    // have anchors that ordinary text holds far more often than real names do, so with them most blocks go
    // to the matcher. These rows show the matcher's own scaling; the pass rates say how much the prefilter
    // spares at each size.
    const x100 = spotters[spotters.length - 1] as (typeof spotters)[number];
    const full = [spotters[0] as (typeof spotters)[number], x100].map(({ spotter }) => () => {
      const m = spotter.aliasMatcher;
      const prefilter = m.prefilter;
      m.prefilter = null;
      try {
        scan(spotter, text1)();
      } finally {
        m.prefilter = prefilter;
      }
    });
    const fullRuns = timeInterleaved(full, 9);
    figures.push(
      figure(
        'matcher-1mb-x1-full',
        '1 MB, ×1 aliases, every block matched (no prefilter)',
        'ms',
        fullRuns[0] as number[],
      ),
      figure(
        'matcher-1mb-x100-full',
        '1 MB, ×100 aliases, every block matched (no prefilter)',
        'ms',
        fullRuns[1] as number[],
      ),
    );
    for (const { factor, spotter } of spotters) {
      const p = spotter.aliasMatcher.prefilter;
      const passed = p ? text1.filter((b) => p.mayMatch(b)).length : text1.length;
      figures.push(
        figure(
          `prefilter-pass-x${factor}`,
          `blocks the prefilter sends to the matcher, ×${factor} aliases`,
          '%',
          [(100 * passed) / text1.length],
        ),
      );
    }
    const m = (name: string) => figures.find((f) => f.name === name)?.median ?? Number.NaN;
    return {
      figures,
      ratios: [
        {
          name: 'aliases-x10',
          label: '×10 aliases / ×1 (1 MB)',
          value: m('matcher-1mb-x10-interleaved') / m('matcher-1mb-x1-interleaved'),
          target: { atMost: 1.5 },
        },
        {
          name: 'aliases-x100',
          label: '×100 aliases / ×1 (1 MB)',
          value: m('matcher-1mb-x100-interleaved') / m('matcher-1mb-x1-interleaved'),
          target: { atMost: 1.5 },
        },
        {
          name: 'aliases-x100-full',
          label: '×100 aliases / ×1, every block matched (1 MB)',
          value: m('matcher-1mb-x100-full') / m('matcher-1mb-x1-full'),
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

/**
 * Bytes of the array buffers reachable from `root` (each buffer once): the automata's tables, which a page's
 * `JSHeapUsedSize` leaves out (their backing stores live outside the V8 heap).
 */
function typedArrayBytes(root: unknown): number {
  const seen = new Set<object>();
  const buffers = new Set<ArrayBufferLike>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) buffers.add(v.buffer);
    else if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
  }
  let bytes = 0;
  for (const b of buffers) bytes += b.byteLength;
  return bytes;
}
